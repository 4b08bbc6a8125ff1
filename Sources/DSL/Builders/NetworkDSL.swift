extension VirtualNetwork: DeploymentComponent {
    /// The virtual network and its subnets.
    public init(_ name: String, addressSpace: AddressPrefix..., dnsServers: [String] = [],
                file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<Subnet> subnets: () -> [Subnet]) {
        self.init(name: name, addressSpace: addressSpace, subnets: subnets(), dnsServers: dnsServers, location: .here(file, line, column))
    }

    public func apply(to deployment: inout Deployment) { deployment.virtualNetwork = self }
}

extension Subnet {
    /// A subnet with its role; its block may hold a `NetworkSecurityGroup` and a `RouteTable`.
    public init(_ name: String, _ addressPrefix: AddressPrefix, role: SubnetRole = .other,
                file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<any SubnetComponent> _ content: () -> [any SubnetComponent] = { [] }) {
        self.init(name: name, addressPrefix: addressPrefix, role: role, location: .here(file, line, column))
        for component in content() { component.apply(to: &self) }
    }
}

extension NetworkSecurityGroup: SubnetComponent {
    /// An NSG for the enclosing subnet. With `requiredRules: .derive` (the default) resolve adds
    /// the rules the subnet's role needs that these rules do not already allow.
    public init(_ name: String, requiredRules: RequiredRules = .derive,
                file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<SecurityRule> _ rules: () -> [SecurityRule] = { [] }) {
        self.init(name: name, rules: rules(), requiredRules: requiredRules, location: .here(file, line, column))
    }

    public func apply(to subnet: inout Subnet) { subnet.networkSecurityGroup = self }
}

extension SecurityRule {
    /// One NSG rule. Sources and destinations take `"*"`, a service tag name or a CIDR.
    public init(_ name: String, priority: Int, _ direction: Direction, _ access: Access = .allow, protocol: NetworkProtocol = .tcp,
                from source: Endpoint, sourcePorts: PortRange = .any, to destination: Endpoint, ports: PortRange..., description: String? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, description: description, priority: priority, direction: direction, access: access, protocol: `protocol`,
                  source: source, sourcePorts: sourcePorts, destination: destination, destinationPorts: ports, location: .here(file, line, column))
    }
}

extension RouteTable: SubnetComponent {
    /// User-defined routes for the enclosing subnet.
    public init(_ name: String, file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<Route> _ routes: () -> [Route]) {
        self.init(name: name, routes: routes(), location: .here(file, line, column))
    }

    public func apply(to subnet: inout Subnet) { subnet.routeTable = self }
}

extension Route {
    public init(_ name: String, _ addressPrefix: AddressPrefix, nextHop: NextHop,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, addressPrefix: addressPrefix, nextHop: nextHop, location: .here(file, line, column))
    }
}

extension PublicIPAddress: DeploymentComponent {
    /// A Standard static public IP for the gateway's public frontend. `ddosProtection:
    /// .ipProtection` turns on DDoS IP Protection for this address; the default inherits the
    /// virtual network's DDoS Network Protection plan, if it has one.
    ///
    /// ```swift
    /// PublicIPAddress("pip-orders", zones: [1, 2, 3], domainNameLabel: "orders-contoso", ddosProtection: .ipProtection)
    /// ```
    public init(_ name: String, zones: [Int] = [], domainNameLabel: String? = nil, ddosProtection: DDoSProtection = .virtualNetworkInherited,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, zones: zones, domainNameLabel: domainNameLabel, ddosProtection: ddosProtection, location: .here(file, line, column))
    }

    public func apply(to deployment: inout Deployment) { deployment.publicIPs.append(self) }
}

extension PrivateDNSZone: DeploymentComponent {
    /// A private zone linked to the virtual network. A records for API Management host names
    /// inside the zone are derived; list others here.
    public init(_ name: String, link: String? = nil, autoRegistration: Bool = false,
                file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<DNSRecord> records: () -> [DNSRecord] = { [] }) {
        self.init(name: name, linkName: link, autoRegistration: autoRegistration, records: records(), location: .here(file, line, column))
    }

    public func apply(to deployment: inout Deployment) { deployment.privateDNSZones.append(self) }
}

extension DNSRecord {
    /// An A record; `addresses` empty points it at API Management's private IP.
    public init(_ name: String, addresses: [String] = [], ttl: Int = 3600,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, ttl: ttl, target: addresses.isEmpty ? .apiManagementPrivateIP : .addresses(addresses), location: .here(file, line, column))
    }
}
