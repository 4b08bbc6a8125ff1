/// One input variable of the root module, declared in `variables.tf` and shown in
/// `terraform.tfvars.example`.
struct TerraformVariable {
    var name: String
    var type: HCLExpression
    var description: String
    /// nil: the caller must set it (always so for secrets).
    var defaultValue: HCLExpression?
    var sensitive = false
    var validation: (condition: HCLExpression, message: String)?
    /// The value `terraform.tfvars.example` shows; secrets are never given one.
    var example: HCLExpression?

    var reference: HCLExpression { TF.variable(name) }

    var declaration: HCLBodyItem {
        var body: [HCLBodyItem] = [
            TF.attr("description", .string(description)),
            TF.attr("type", type),
        ]
        if let defaultValue { body.append(TF.attr("default", defaultValue)) }
        if sensitive { body.append(TF.attr("sensitive", true)) }
        if let validation {
            body.append(.blankLine)
            body.append(TF.block("validation", body: [
                TF.attr("condition", validation.condition),
                TF.attr("error_message", .string(validation.message)),
            ]))
        }
        return TF.block("variable", name, body: body)
    }

    static let string = HCLExpression.variable("string")
    static let number = HCLExpression.variable("number")
}
