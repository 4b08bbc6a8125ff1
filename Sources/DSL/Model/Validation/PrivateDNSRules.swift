/// A private DNS zone linked to the virtual network answers for every name under it: a name the
/// deployment resolves there (a gateway pool, an API's service URL, a backend) without a record
/// in the zone does not resolve at all inside the network, although it may in public DNS.
extension ValidationContext {
    mutating func checkPrivateDNSShadowing() {
        guard deployment.virtualNetwork != nil else { return }
        var uses: [(host: String, what: String, location: SourceLocation)] = []
        for pool in deployment.applicationGateway?.backendPools ?? [] {
            uses += pool.fqdns.map { ($0, "backend pool '\(pool.name)'", pool.location) }
        }
        for api in deployment.apiManagement?.content.apis ?? [] {
            if let host = api.serviceURL.flatMap(Self.literalHost) { uses.append((host, "the service URL of API '\(api.name)'", api.location)) }
        }
        for backend in deployment.apiManagement?.content.backends ?? [] {
            if let host = Self.literalHost(backend.url) { uses.append((host, "backend '\(backend.name)'", backend.location)) }
        }
        var reported = Set<String>()
        for use in uses {
            let host = use.host.lowercased()
            let zones = deployment.privateDNSZones.filter { $0.linkName != nil && $0.relativeName(of: host) != nil }
            guard let zone = zones.max(by: { $0.name.count < $1.name.count }), let name = zone.relativeName(of: host) else { continue }
            let records = Set(zone.records.map { $0.name.lowercased() } + resolved.privateEndpoints.filter { $0.dnsZone == zone.name }.map { $0.target.name.lowercased() })
            let wildcard = name.split(separator: ".", maxSplits: 1).count == 2 ? "*." + name.split(separator: ".", maxSplits: 1)[1] : "*"
            guard !records.contains(name), !records.contains(wildcard), reported.insert(host).inserted else { continue }
            error("'\(use.host)' does not resolve inside the virtual network: the private DNS zone '\(zone.name)' is linked to it and has no record '\(name)'",
                  at: use.location,
                  notes: [.init("\(use.what) resolves '\(use.host)'"),
                          .init("add DNSRecord(\"\(name)\", addresses: […]) to the zone, or name a host outside it", at: zone.location)])
        }
    }

    /// The host of an absolute URL, or nil when it is not a literal (a `{{named value}}`).
    static func literalHost(_ url: String) -> String? {
        guard !url.contains("{{"), let scheme = url.range(of: "://") else { return nil }
        let rest = url[scheme.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != ":" && $0 != "?" && $0 != "#" }
        return host.isEmpty ? nil : String(host)
    }
}
