/// A `.bicep` or `.bicepparam` file: declarations in output order, separated by blank lines.
public struct BicepFile: Hashable, Sendable {
    public var declarations: [BicepDeclaration]

    public init(_ declarations: [BicepDeclaration] = []) {
        self.declarations = declarations
    }
}
