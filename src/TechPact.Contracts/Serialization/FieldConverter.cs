namespace TechPact.Contracts.Serialization;

/// <summary>A converter given as its two mappings, surrogate to value and back: all most engine
/// types need (Orleans wants one concrete, registered class per pair). A converter whose reading
/// takes more than an expression (a comparer rebuilt, parts defaulted for values stored before
/// they existed) implements <see cref="IConverter{TValue, TSurrogate}"/> itself.</summary>
public abstract class FieldConverter<TValue, TSurrogate>(Func<TSurrogate, TValue> fromSurrogate, Func<TValue, TSurrogate> toSurrogate)
    : IConverter<TValue, TSurrogate>
    where TSurrogate : struct
{
    public TValue ConvertFromSurrogate(in TSurrogate surrogate) => fromSurrogate(surrogate);

    public TSurrogate ConvertToSurrogate(in TValue value) => toSurrogate(value);
}
