/// Private DNS A records for API Management host names, so the gateway (and every client in
/// the virtual network) resolves them to the internal address.
extension ResolveContext {
    mutating func deriveDNSRecords() {
        guard let apim = deployment.apiManagement, apim.virtualNetwork == .internal else { return }
        for hostname in apim.hostnames {
            guard let index = deployment.privateDNSZones.firstIndex(where: { $0.relativeName(of: hostname.hostName) != nil }) else { continue }
            let zone = deployment.privateDNSZones[index]
            let name = zone.relativeName(of: hostname.hostName)!
            guard !zone.records.contains(where: { $0.name == name }) else { continue }
            deployment.privateDNSZones[index].records.append(DNSRecord(name: name, ttl: 3600, target: .apiManagementPrivateIP, location: hostname.location))
        }
    }
}
