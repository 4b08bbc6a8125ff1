/// The names of every command a syntax tree invokes, in first-use order, so a script can
/// declare exactly the modules it uses.
extension PSStatement {
    public var commandNames: [String] {
        var names: [String] = []
        collectCommandNames(into: &names)
        return names
    }

    func collectCommandNames(into names: inout [String]) {
        switch self {
        case .comment, .blank, .requiresModules, .return(nil), .break: return
        case .assign(let target, let value):
            target.collectCommandNames(into: &names)
            value.collectCommandNames(into: &names)
        case .expression(let value), .throw(let value), .return(let value?):
            value.collectCommandNames(into: &names)
        case .if(let branches, let elseBody):
            for branch in branches {
                branch.condition.collectCommandNames(into: &names)
                branch.body.forEach { $0.collectCommandNames(into: &names) }
            }
            elseBody?.forEach { $0.collectCommandNames(into: &names) }
        case .foreach(_, let collection, let body):
            collection.collectCommandNames(into: &names)
            body.forEach { $0.collectCommandNames(into: &names) }
        case .try(let body, let catchBody, let finallyBody):
            (body + catchBody + finallyBody).forEach { $0.collectCommandNames(into: &names) }
        }
    }
}

extension PSExpression {
    func collectCommandNames(into names: inout [String]) {
        switch self {
        case .string, .variable, .bareword, .int, .double, .bool, .null, .staticMember, .type:
            return
        case .expandable(let parts):
            for case .subexpression(let value) in parts { value.collectCommandNames(into: &names) }
        case .member(let target, _), .cast(_, let target), .paren(let target), .not(let target):
            target.collectCommandNames(into: &names)
        case .index(let target, let index):
            target.collectCommandNames(into: &names)
            index.collectCommandNames(into: &names)
        case .call(let callee, let arguments):
            ([callee] + arguments).forEach { $0.collectCommandNames(into: &names) }
        case .array(let items), .arrayBlock(let items), .pipeline(let items):
            items.forEach { $0.collectCommandNames(into: &names) }
        case .hashtable(let entries):
            entries.forEach { $0.value.collectCommandNames(into: &names) }
        case .scriptBlock(let statements), .subexpression(let statements):
            statements.forEach { $0.collectCommandNames(into: &names) }
        case .binary(let left, _, let right):
            left.collectCommandNames(into: &names)
            right.collectCommandNames(into: &names)
        case .command(let command):
            if !names.contains(command.name) { names.append(command.name) }
            for argument in command.arguments {
                switch argument {
                case .named(_, let value), .positional(let value): value.collectCommandNames(into: &names)
                case .switch, .switchValue, .splat: break
                }
            }
        }
    }
}
