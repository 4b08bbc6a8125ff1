/// The Az module that ships each cmdlet the script uses, for `#Requires -Modules`.
enum AzModules {
    /// The modules for the given commands, in a fixed order; core PowerShell cmdlets need none.
    static func modules(for commands: [String]) -> [String] {
        let used = Set(commands.compactMap(module(of:)))
        return order.filter(used.contains)
    }

    static let order = [
        "Az.Accounts", "Az.Resources", "Az.Network", "Az.ManagedServiceIdentity", "Az.KeyVault",
        "Az.ApiManagement", "Az.PrivateDns", "Az.OperationalInsights", "Az.Monitor",
    ]

    static func module(of cmdlet: String) -> String? {
        guard let dash = cmdlet.firstIndex(of: "-") else { return nil }
        let noun = cmdlet[cmdlet.index(after: dash)...]
        guard noun.hasPrefix("Az") else { return nil }
        let prefixes: [(String, String)] = [
            ("AzContext", "Az.Accounts"), ("AzSubscription", "Az.Accounts"), ("AzRestMethod", "Az.Accounts"),
            ("AzResourceGroup", "Az.Resources"), ("AzRoleAssignment", "Az.Resources"), ("AzAD", "Az.Resources"),
            ("AzUserAssignedIdentity", "Az.ManagedServiceIdentity"),
            ("AzKeyVault", "Az.KeyVault"),
            ("AzApiManagement", "Az.ApiManagement"),
            // Private endpoint DNS zone groups belong to Az.Network, the zones to Az.PrivateDns.
            ("AzPrivateDnsZoneConfig", "Az.Network"), ("AzPrivateDnsZoneGroup", "Az.Network"),
            ("AzPrivateDns", "Az.PrivateDns"),
            ("AzOperationalInsights", "Az.OperationalInsights"),
            ("AzDiagnosticSetting", "Az.Monitor"),
        ]
        return prefixes.first { noun.hasPrefix($0.0) }?.1 ?? "Az.Network"
    }
}
