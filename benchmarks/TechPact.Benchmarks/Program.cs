using System.Runtime.InteropServices;
using TechPact.Benchmarks;
using TechPact.Benchmarks.Suites;

// dotnet run -c Release --project benchmarks/TechPact.Benchmarks [-- SUITE]
//   all (default)        every suite below, then issue 14's goals beside their figures (~5 min)
//   throughput           pure engine 1 thread vs all, under the workstation and the server GC, then grain-hosted
//   pure | gc | hosted   one part of throughput
//   durable              summits on a real redis-server: bytes per round, durable vs in-memory, recovery reads
//   cluster              the same sweep on three silos of one cluster (Redis): sweep.json identical to the pure engine's
//   scaling | analysis | cli | memory
// Diagnostics (DiagnosticModes.cs): curve, alloc, profile-seed, profile-global, profile-analysis,
//   analysis-json, report-phases, generate-global.
var mode = args.Length > 0 ? args[0] : "all";
if (await DiagnosticModes.RunAsync(mode, args) is { } exit) return exit;

var child = args.Contains("--child");
Goals.StartLoad = Machine.LoadAverage();
if (!child)
{
    Console.WriteLine("# TechPact benchmarks");
    Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Machine.CpuModel()}, .NET {Environment.Version}, {RuntimeInformation.OSDescription}");
    Console.WriteLine($"build: {(Machine.IsOptimized() ? "Release" : "DEBUG (figures meaningless)")}, tiered PGO on (as the product runs); load average at the start: {Machine.LoadAverage()}");
    Console.WriteLine("Every timed figure: warm-up until three 0.5 s windows agree within 12 % per CPU-second, then timed windows; the value is their median.");
    Console.WriteLine();
}
if (mode is "all" or "throughput" or "pure") await Throughput.PureAsync();
// The product (techpact, a Web SDK app) runs the server GC; this harness the workstation GC: the same figures under the other.
if (mode is "all" or "throughput" or "gc" && !child) await Child.RunAsync("pure", ("DOTNET_gcServer", "1"));
if (mode is "all" or "throughput" or "hosted") await Throughput.HostedAsync(Throughput.LastPureParallel);
if (mode is "all" or "durable") await DurableSummits.RunAsync();
if (mode is "all" or "cluster") await ThreeSilos.RunAsync();
if (mode is "all" or "scaling") await Scaling.RunAsync();
if (mode is "all" or "analysis") AnalysisScaling.Run();
if (mode is "all" or "cli") await CliRun.RunAsync();
if (mode is "all" or "memory") await Memory.RunAsync();
if (child) Goals.Export();
else
{
    if (mode is "all") Goals.MeasuredByTests();
    Goals.Print();
    Console.WriteLine($"load average at the end: {Machine.LoadAverage()}");
}
return 0;
