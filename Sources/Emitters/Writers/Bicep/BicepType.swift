/// The type written in a `param` or `output` declaration.
public enum BicepType: String, Hashable, Sendable {
    case string
    case int
    case bool
    case object
    case array
}
