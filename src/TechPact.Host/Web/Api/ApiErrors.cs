namespace TechPact.Host.Web.Api;

/// <summary>Every API error is JSON {"error": "..."} with a status that says whose fault it is.</summary>
public static class ApiErrors
{
    public sealed record Error(string error);

    public static IResult BadRequest(string message) => Results.Json(new Error(message), statusCode: StatusCodes.Status400BadRequest);

    public static IResult NotFound(string message) => Results.Json(new Error(message), statusCode: StatusCodes.Status404NotFound);
}
