/// Small constructors that keep the emitter's syntax trees readable: `resource("azurerm_subnet",
/// "apim", [...])`, `attr("name", "x")`, `ref("azurerm_subnet", "apim", "id")`.
enum TF {
    static func attr(_ name: HCLIdentifier, _ value: HCLExpression) -> HCLBodyItem {
        .attribute(name, value)
    }

    static func block(_ type: HCLIdentifier, _ labels: String..., body: [HCLBodyItem]) -> HCLBodyItem {
        .block(HCLBlock(type, labels: labels, body: body))
    }

    static func resource(_ type: String, _ name: String, _ body: [HCLBodyItem]) -> HCLBodyItem {
        .block(HCLBlock("resource", labels: [type, name], body: body))
    }

    static func data(_ type: String, _ name: String, _ body: [HCLBodyItem]) -> HCLBodyItem {
        .block(HCLBlock("data", labels: [type, name], body: body))
    }

    /// `type.name.attribute` (the attribute may itself be a path such as `identity[0].principal_id`).
    static func ref(_ type: String, _ name: String, _ attribute: String) -> HCLExpression {
        .ref("\(type).\(name).\(attribute)")
    }

    static func variable(_ name: String) -> HCLExpression { .ref("var.\(name)") }

    static func strings(_ values: [String]) -> HCLExpression { .list(values.map(HCLExpression.string)) }

    /// Availability zones as azurerm takes them: strings.
    static func zones(_ zones: [Int]) -> HCLExpression { strings(zones.map(String.init)) }
}

/// Turns Azure names (`appGatewaySubnet`, `kv-apim-edge-prod`, `contoso.net`) into Terraform
/// identifiers (`app_gateway_subnet`, `kv_apim_edge_prod`, `contoso_net`).
enum SnakeCase {
    static func identifier(_ text: String) -> String {
        var words: [String] = []
        var current = ""
        var previous: Character?
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            guard character.isASCII, character.isLetter || character.isNumber else {
                if !current.isEmpty { words.append(current) }
                current = ""
                previous = nil
                continue
            }
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            if let previous, character.isUppercase, !current.isEmpty {
                // `appGateway` → app|Gateway; `publicIP01` keeps `IP` together; `APIName` → API|Name.
                let lowerBefore = previous.isLowercase || previous.isNumber
                let acronymEnds = previous.isUppercase && (next?.isLowercase ?? false)
                if lowerBefore || acronymEnds {
                    words.append(current)
                    current = ""
                }
            }
            current.append(Character(character.lowercased()))
            previous = character
        }
        if !current.isEmpty { words.append(current) }
        let joined = words.joined(separator: "_")
        guard let first = joined.first else { return "unnamed" }
        return first.isLetter ? joined : "r_" + joined
    }
}
