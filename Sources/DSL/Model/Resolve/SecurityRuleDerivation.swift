/// Adds the rules a subnet's role requires to NSGs that derive them, at free priorities.
extension ResolveContext {
    mutating func deriveSecurityRules() {
        guard var network = deployment.virtualNetwork else { return }
        for index in network.subnets.indices {
            let subnet = network.subnets[index]
            guard var nsg = subnet.networkSecurityGroup, nsg.requiredRules == .derive else { continue }
            for required in RequiredSecurityRules.rules(for: subnet, in: deployment) where !RequiredSecurityRules.isCovered(required, by: nsg.rules) {
                var priority = 100
                while nsg.rules.contains(where: { $0.direction == required.direction && $0.priority == priority }) { priority += 10 }
                nsg.rules.append(SecurityRule(name: required.name, description: required.reason, priority: priority, direction: required.direction, access: .allow,
                                              protocol: required.protocol, source: required.source, destination: required.destination,
                                              destinationPorts: required.ports, reason: required.reason, location: .derived))
            }
            network.subnets[index].networkSecurityGroup = nsg
        }
        deployment.virtualNetwork = network
    }
}
