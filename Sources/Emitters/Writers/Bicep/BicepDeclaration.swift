/// One top-level statement of a `.bicep` or `.bicepparam` file.
public enum BicepDeclaration: Hashable, Sendable {
    /// `targetScope = 'resourceGroup'`.
    case targetScope(BicepTargetScope)
    case parameter(BicepParameter)
    case variable(BicepVariable)
    case resource(BicepResource)
    case output(BicepOutput)
    /// `// text`, one line per line of `text`; it sits directly above the next declaration.
    case comment(String)
    /// `.bicepparam` only: `using 'main.bicep'`.
    case using(String)
    /// `.bicepparam` only: `param name = value`.
    case parameterValue(String, BicepExpression)
}
