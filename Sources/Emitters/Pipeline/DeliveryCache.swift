/// A folder a CI platform restores before a step and saves after the job (Azure Pipelines
/// `Cache@2`, GitHub `actions/cache`): the Swift toolchain and gen's build products.
struct DeliveryCache: Hashable, Sendable {
    /// One part of the cache key: literal text, or a file whose contents the key hashes.
    enum KeyPart: Hashable, Sendable {
        case text(DeliveryValue)
        case file(DeliveryValue)
    }

    var key: [KeyPart]
    var path: DeliveryValue
}
