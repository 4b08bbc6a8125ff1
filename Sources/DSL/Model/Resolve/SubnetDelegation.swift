/// Subnets handed to a service. API Management Premium v2 injected into a network runs on the
/// App Service platform and needs its subnet delegated to `Microsoft.Web/hostingEnvironments`
/// (Learn, "Inject an Azure API Management instance in a private virtual network - Premium v2
/// tier"); classic injection (Developer, Premium) needs an undelegated subnet.
extension ResolvedDeployment {
    /// The service the subnet is delegated to (`Microsoft.Web/hostingEnvironments`), if any.
    public func delegation(ofSubnet name: String) -> String? {
        guard let apim = deployment.apiManagement, apim.subnet == name, apim.sku == .premiumV2, apim.virtualNetwork == .internal else { return nil }
        return "Microsoft.Web/hostingEnvironments"
    }
}
