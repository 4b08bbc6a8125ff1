import DSL
import Testing

@Suite struct AddressPrefixTests {
    @Test func parsesAndContains() {
        let space: AddressPrefix = "10.0.0.0/16"
        #expect(space.parsed?.length == 16)
        #expect(space.contains("10.0.1.0/24"))
        #expect(!space.contains("10.1.0.0/24"))
        #expect(AddressPrefix("10.0.0.0/24").overlaps("10.0.0.128/25"))
        #expect(!AddressPrefix("10.0.0.0/24").overlaps("10.0.1.0/24"))
        #expect(AddressPrefix("10.0.0.0/24").size == 256)
    }

    @Test(arguments: ["10.0.0.0", "10.0.0.0/33", "10.0.0.1/24", "10.0.256.0/24", "ten/8", "10.0.0/24", ""])
    func rejectsMalformedRanges(_ text: String) {
        #expect(AddressPrefix(text).parsed == nil)
        #expect(AddressPrefix(text).problem != nil)
    }

    @Test func explainsHostBits() {
        #expect(AddressPrefix("10.0.0.1/24").problem == "host bits are set; the range starts at 10.0.0.0/24")
    }

    @Test func portRanges() {
        #expect(PortRange.range(65200, 65535).contains(65200))
        #expect(!PortRange.port(443).contains(80))
        #expect(PortRange.any.contains(.range(1, 100)))
        #expect(PortRange.port(70000).problem != nil)
        #expect(PortRange.range(10, 5).problem != nil)
    }
}
