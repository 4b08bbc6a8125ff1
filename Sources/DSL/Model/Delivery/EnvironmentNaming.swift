/// How an environment's resource group and globally unique names (API Management, public IP
/// domain labels) derive from the declared ones, so that environments deploy side by side.
///
/// ```swift
/// Environment("dev", naming: .suffix("-dev"))      // apim-contoso → apim-contoso-dev
/// Environment("prod", production: true)            // .declared: the names as written
/// ```
public struct EnvironmentNaming: Codable, Hashable, Sendable {
    public var prefix: String
    public var suffix: String

    public init(prefix: String = "", suffix: String = "") {
        self.prefix = prefix
        self.suffix = suffix
    }

    /// The names as the deployment declares them.
    public static let declared = EnvironmentNaming()

    /// `name` + `suffix`: `.suffix("-dev")`.
    public static func suffix(_ suffix: String) -> EnvironmentNaming { EnvironmentNaming(suffix: suffix) }

    /// `prefix` + `name`: `.prefix("dev-")`.
    public static func prefix(_ prefix: String) -> EnvironmentNaming { EnvironmentNaming(prefix: prefix) }

    /// A production environment keeps the declared names (the declared deployment is the
    /// production one); every other environment appends `-<name>`.
    public static func `default`(for environment: DeploymentEnvironment) -> EnvironmentNaming {
        environment.production ? .declared : .suffix("-" + environment.name)
    }

    public var isDeclared: Bool { prefix.isEmpty && suffix.isEmpty }

    /// `name` in this environment.
    public func apply(_ name: String) -> String { prefix + name + suffix }
}
