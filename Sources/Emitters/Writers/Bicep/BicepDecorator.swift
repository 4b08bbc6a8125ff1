/// A decorator line above a declaration: `@description('...')`, `@secure()`, ...
public enum BicepDecorator: Hashable, Sendable {
    case description(String)
    case secure
    case allowed([BicepExpression])
    case minValue(Int)
    case maxValue(Int)
    case minLength(Int)
    case maxLength(Int)

    /// The decorator as the function call written after `@`.
    var call: BicepExpression {
        switch self {
        case .description(let text): .call("description", [.string(text)])
        case .secure: .call("secure")
        case .allowed(let values): .call("allowed", [.array(values)])
        case .minValue(let value): .call("minValue", [.int(value)])
        case .maxValue(let value): .call("maxValue", [.int(value)])
        case .minLength(let value): .call("minLength", [.int(value)])
        case .maxLength(let value): .call("maxLength", [.int(value)])
        }
    }
}
