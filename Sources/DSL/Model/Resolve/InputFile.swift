/// A file the deployment reads from disk when it deploys, named as the manifest names it
/// (relative to the manifest's folder, or absolute): a PFX with its password, the CER of a
/// trusted root, an API definition. Terraform's path variables, the script's path parameters,
/// the templates' content parameters and what a pipeline's Plan stages for Apply all read
/// this one list.
public struct InputFile: Codable, Hashable, Sendable {
    public enum Kind: Codable, Hashable, Sendable {
        /// A certificate with its private key, and where its password comes from.
        case pfx(password: SecretReference)
        /// The public certificate of a root the gateway trusts for backend TLS.
        case trustedRoot
        /// The definition an API is imported from.
        case apiDefinition(api: String, format: APIDefinition.Format)
    }

    public var path: String
    public var kind: Kind
    /// What the file is for, as a sentence.
    public var purpose: String

    public init(path: String, kind: Kind, purpose: String) {
        self.path = path
        self.kind = kind
        self.purpose = purpose
    }

    /// A PFX holds a private key: it never comes from the repository, and a pipeline takes it
    /// from a secure file or secret.
    public var isSecret: Bool {
        if case .pfx = kind { true } else { false }
    }
}

extension Deployment {
    /// Every file the deployment reads, once per path, in first-use order: API Management's
    /// host name PFX files, the gateway's PFX files, its trusted roots' CER files, then the API
    /// definitions (a GraphQL "definition" is a link, not a file).
    public var inputFiles: [InputFile] {
        var files: [InputFile] = []
        func add(_ path: String, _ kind: InputFile.Kind, _ purpose: String) {
            if !files.contains(where: { $0.path == path }) { files.append(InputFile(path: path, kind: kind, purpose: purpose)) }
        }
        for hostname in apiManagement?.hostnames ?? [] {
            if case .pfx(let path, let password) = hostname.certificate {
                add(path, .pfx(password: password), "PFX file with the certificate and private key for \(hostname.hostName).")
            }
        }
        for certificate in applicationGateway?.certificates ?? [] {
            if case .pfx(let path, let password) = certificate.source {
                add(path, .pfx(password: password), "PFX file of the gateway certificate \(certificate.name).")
            }
        }
        for root in applicationGateway?.trustedRootCertificates ?? [] {
            if case .cerFile(let path) = root.source {
                add(path, .trustedRoot, "CER file of the root certificate \(root.name) the gateway trusts for backend TLS.")
            }
        }
        for api in apiManagement?.content.apis ?? [] {
            guard let definition = api.definition, definition.format != .graphQL else { continue }
            add(definition.path, .apiDefinition(api: api.name, format: definition.format),
                "The \(definition.format.rawValue) definition the API \(api.name) is imported from.")
        }
        return files
    }
}

extension ResolvedDeployment {
    /// The files of the declared deployment and of every environment, once per path: what a
    /// pipeline must bring to the jobs that deploy.
    public var allInputFiles: [InputFile] {
        var files = deployment.inputFiles
        for environment in environments {
            for file in environment.deployment.deployment.inputFiles where !files.contains(where: { $0.path == file.path }) {
                files.append(file)
            }
        }
        return files
    }

    /// Where a format's folder (`<output>/terraform`) finds a file the manifest names: the
    /// path relative to that folder, through `manifestFolder`; absolute paths stay as they are.
    /// `apis/orders.yaml` → `../../apis/orders.yaml` with gen's default layout (`out/` next to
    /// the manifest).
    public func inputPath(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        return Self.normalized("../" + manifestFolder + "/" + path)
    }

    /// `a/./b/../c` → `a/c`; leading `..` stay.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}
