/// Exposure intent: an `.internal` API is never reachable through a public listener, and an
/// `.external` API is reachable through the gateway that publishes API Management.
extension ValidationContext {
    mutating func checkExposureIntent() {
        guard let apim = deployment.apiManagement, let publication = resolved.gatewayPublication else { return }
        let apis = apim.content.apis
        let internalAPIs = apis.filter { $0.exposure == .internal }
        let isPublic = publication.frontend == .public

        if publication.publishesEveryPath {
            if apis.isEmpty {
                warning("Expose(.gateway) publishes every path of API Management '\(apim.name)': the manifest declares no API, so every API added later is public",
                        at: publication.location,
                        notes: [.init("declare the APIs with API(…, exposure: .external) or list the published paths with Expose(.gateway, paths: [\"/external/*\"])")])
            } else if isPublic {
                error("Expose(.gateway) publishes every path because no API is marked .external, so the internal APIs are reachable from the internet",
                      at: publication.location,
                      notes: internalAPIs.map { .init("API '\($0.name)' is .internal", at: $0.location) }
                        + [.init("mark the APIs to publish with exposure: .external, or list the published paths with paths:")])
            }
            return
        }

        if isPublic {
            for api in internalAPIs {
                let paths = publication.paths(reaching: api, among: apis)
                guard !paths.isEmpty else { continue }
                var notes: [Diagnostic.Note] = [.init("API '\(api.name)' is declared .internal here", at: api.location)]
                if !publication.pathsDeclared {
                    let owners = apis.filter { $0.exposure == .external && paths.contains($0.gatewayPathPattern) }
                    notes += owners.map { .init("the path is published for .external API '\($0.name)', whose path contains the internal API's", at: $0.location) }
                    notes.append(.init("give the internal API a path outside the external API's, or list the published paths with paths:"))
                } else {
                    notes.append(.init("publish only the .external APIs' paths, or mark the API .external"))
                }
                let list = paths.map { "'\($0)'" }.joined(separator: ", ")
                error("published path\(paths.count == 1 ? "" : "s") \(list) make\(paths.count == 1 ? "s" : "") internal API '\(api.name)' (/\(api.path)) reachable through the public listener '\(publication.listener)'",
                      at: publication.location, notes: notes)
            }
        }

        for api in apis where api.exposure == .external && publication.paths(reaching: api, among: apis).isEmpty {
            warning("API '\(api.name)' is marked .external but no published path reaches /\(api.path); the gateway sends its requests to an empty default pool",
                    at: api.location,
                    notes: [.init("the gateway publishes \(publication.paths.joined(separator: ", ")) here", at: publication.location),
                            .init("add '\(api.gatewayPathPattern)' to Expose(.gateway, paths:)")])
        }
    }
}
