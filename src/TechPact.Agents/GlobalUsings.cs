// Namespaces most of this project's files use, imported once here instead of at the top of each file.
global using TechPact.Agents.Messages;
