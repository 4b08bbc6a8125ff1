extension VirtualNetwork: DeploymentComponent {
    /// The virtual network and its subnets.
    /// Subnets must lie inside `addressSpace` and not overlap; empty `dnsServers` keeps
    /// Azure-provided DNS, which is what resolves the private DNS zones.
    ///
    /// ```swift
    /// VirtualNetwork("vnet-apim-edge", addressSpace: "10.20.0.0/16") {
    ///     Subnet("snet-appgw", "10.20.0.0/24", role: .applicationGateway)
    ///     Subnet("snet-apim", "10.20.1.0/24", role: .apiManagement)
    /// }
    /// ```
    public init(_ name: String, addressSpace: AddressPrefix..., dnsServers: [String] = [],
                file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<Subnet> subnets: () -> [Subnet]) {
        self.init(name: name, addressSpace: addressSpace, subnets: subnets(), dnsServers: dnsServers, location: .here(file, line, column))
    }

    /// Makes this the deployment's virtual network (a later declaration replaces it).
    public func apply(to deployment: inout Deployment) { deployment.virtualNetwork = self }
}

extension Subnet {
    /// A subnet with its role; its block may hold a `NetworkSecurityGroup` and a `RouteTable`.
    /// Application Gateway needs a subnet of its own, and so does API Management in a virtual
    /// network. A subnet without an NSG gets `nsg-<subnet>` with the rules its role requires.
    ///
    /// ```swift
    /// Subnet("snet-private-endpoints", "10.20.2.0/27", role: .privateEndpoints)
    /// ```
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
    /// With `.manual` you write every rule, and validation reports the missing ones.
    ///
    /// ```swift
    /// NetworkSecurityGroup("NSG-APIM") {
    ///     SecurityRule("apim-in", priority: 100, .inbound, protocol: .tcp,
    ///                  from: "ApiManagement", to: "VirtualNetwork", ports: 3443, description: "APIM inbound")
    /// }
    /// ```
    public init(_ name: String, requiredRules: RequiredRules = .derive,
                file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<SecurityRule> _ rules: () -> [SecurityRule] = { [] }) {
        self.init(name: name, rules: rules(), requiredRules: requiredRules, location: .here(file, line, column))
    }

    /// Attaches the NSG to the enclosing subnet.
    public func apply(to subnet: inout Subnet) { subnet.networkSecurityGroup = self }
}

extension SecurityRule {
    /// One NSG rule. Sources and destinations take `"*"`, a service tag name or a CIDR.
    /// Azure takes priorities 100-4096, unique per direction; `ports` takes one or more of `443`,
    /// `.range(65200, 65535)` and `.any`.
    ///
    /// ```swift
    /// SecurityRule("appgw-in", priority: 100, .inbound, protocol: .any,
    ///              from: "GatewayManager", to: "*", ports: .range(65200, 65535), description: "AppGw inbound")
    /// ```
    public init(_ name: String, priority: Int, _ direction: Direction, _ access: Access = .allow, protocol: NetworkProtocol = .tcp,
                from source: Endpoint, sourcePorts: PortRange = .any, to destination: Endpoint, ports: PortRange..., description: String? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, description: description, priority: priority, direction: direction, access: access, protocol: `protocol`,
                  source: source, sourcePorts: sourcePorts, destination: destination, destinationPorts: ports, location: .here(file, line, column))
    }
}

extension RouteTable: SubnetComponent {
    /// User-defined routes for the enclosing subnet.
    /// On the gateway subnet `0.0.0.0/0` must go to `.internet`: Application Gateway v2 loses
    /// its management traffic through an appliance.
    ///
    /// ```swift
    /// RouteTable("rt-apim") {
    ///     Route("to-firewall", "10.30.0.0/16", nextHop: .virtualAppliance("10.20.3.4"))
    /// }
    /// ```
    public init(_ name: String, file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<Route> _ routes: () -> [Route]) {
        self.init(name: name, routes: routes(), location: .here(file, line, column))
    }

    /// Attaches the route table to the enclosing subnet.
    public func apply(to subnet: inout Subnet) { subnet.routeTable = self }
}

extension Route {
    /// One user-defined route: traffic to `addressPrefix` goes to `nextHop`, an appliance by its
    /// IPv4 address.
    ///
    /// ```swift
    /// Route("internet", "0.0.0.0/0", nextHop: .internet)
    /// ```
    public init(_ name: String, _ addressPrefix: AddressPrefix, nextHop: NextHop,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, addressPrefix: addressPrefix, nextHop: nextHop, location: .here(file, line, column))
    }
}

extension PublicIPAddress: DeploymentComponent {
    /// A Standard static public IP for the gateway's public frontend. `ddosProtection:
    /// .ipProtection` turns on DDoS IP Protection for this address; the default inherits the
    /// virtual network's DDoS Network Protection plan, if it has one.
    /// A `domainNameLabel` must be unique in the region, so a non-production environment
    /// appends `-<name>` to it by default.
    ///
    /// ```swift
    /// PublicIPAddress("pip-orders", zones: [1, 2, 3], domainNameLabel: "orders-contoso", ddosProtection: .ipProtection)
    /// ```
    public init(_ name: String, zones: [Int] = [], domainNameLabel: String? = nil, ddosProtection: DDoSProtection = .virtualNetworkInherited,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, zones: zones, domainNameLabel: domainNameLabel, ddosProtection: ddosProtection, location: .here(file, line, column))
    }

    /// Adds the public IP to the deployment.
    public func apply(to deployment: inout Deployment) { deployment.publicIPs.append(self) }
}

extension PrivateDNSZone: DeploymentComponent {
    /// A private zone linked to the virtual network. A records for API Management host names
    /// inside the zone are derived; list others here.
    /// The link is named `<vnet>-link` unless `link` names it.
    ///
    /// ```swift
    /// PrivateDNSZone("internal.northwind.com") {
    ///     DNSRecord("backends", addresses: ["10.60.0.10"])
    /// }
    /// ```
    public init(_ name: String, link: String? = nil, autoRegistration: Bool = false,
                file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<DNSRecord> records: () -> [DNSRecord] = { [] }) {
        self.init(name: name, linkName: link, autoRegistration: autoRegistration, records: records(), location: .here(file, line, column))
    }

    /// Adds the zone to the deployment.
    public func apply(to deployment: inout Deployment) { deployment.privateDNSZones.append(self) }
}

extension DNSRecord {
    /// An A record; `addresses` empty points it at API Management's private IP.
    /// `name` is relative to the zone (`api` in `contoso.net`); `ttl` is in seconds.
    ///
    /// ```swift
    /// DNSRecord("catalog.internal", addresses: ["10.41.0.10"])
    /// ```
    public init(_ name: String, addresses: [String] = [], ttl: Int = 3600,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, ttl: ttl, target: addresses.isEmpty ? .apiManagementPrivateIP : .addresses(addresses), location: .here(file, line, column))
    }
}
