/// The one result builder of the DSL: collects the elements of a block (with `if`, `else`
/// and `for` allowed) into an array. `Element` is a concrete model type or a component
/// protocol such as `any DeploymentComponent`. Each element's position in the block is its
/// call site: a declaration a helper function wrote elsewhere is recorded with it
/// (`CallSiteRecorder`), so diagnostics point at the call too.
@resultBuilder
public enum ListBuilder<Element> {
    public static func buildExpression(_ element: Element, file: String = #filePath, line: Int = #line, column: Int = #column) -> [Element] {
        CallSiteRecorder.record(element, arrivingAt: .here(file, line, column))
        return [element]
    }

    public static func buildExpression(_ elements: [Element], file: String = #filePath, line: Int = #line, column: Int = #column) -> [Element] {
        for element in elements { CallSiteRecorder.record(element, arrivingAt: .here(file, line, column)) }
        return elements
    }
    public static func buildBlock(_ parts: [Element]...) -> [Element] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [Element]?) -> [Element] { part ?? [] }
    public static func buildEither(first part: [Element]) -> [Element] { part }
    public static func buildEither(second part: [Element]) -> [Element] { part }
    public static func buildArray(_ parts: [[Element]]) -> [Element] { parts.flatMap { $0 } }
    public static func buildLimitedAvailability(_ part: [Element]) -> [Element] { part }
}

extension SourceLocation {
    /// The location DSL initializers build from `#filePath`, `#line` and `#column`.
    @inlinable
    public static func here(_ file: String, _ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }
}
