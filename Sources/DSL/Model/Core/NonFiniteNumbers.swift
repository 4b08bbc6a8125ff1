/// How the manifest envelope spells numbers JSON cannot (a `.nan` or `.infinity` sampling
/// percentage): the manifest encodes and `gen` decodes them as these strings, so such a value
/// reaches validation and is reported at its line instead of failing the manifest's exit.
public enum NonFiniteNumbers {
    public static let positiveInfinity = "+Infinity"
    public static let negativeInfinity = "-Infinity"
    public static let nan = "NaN"
}
