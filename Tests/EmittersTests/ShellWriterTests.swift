import Testing
@testable import Emitters

@Suite struct ShellWriterTests {
    let writer = ShellWriter()

    @Test func safeLiteralsStayBareOthersAreSingleQuoted() {
        #expect(writer.word("api.contoso.com:443") == "api.contoso.com:443")
        #expect(writer.word("https://api.contoso.com/external/orders/") == "https://api.contoso.com/external/orders/")
        #expect(writer.word("/external/*") == "'/external/*'")
        #expect(writer.word("it's") == #"'it'\''s'"#)
        #expect(writer.word("") == "''")
        #expect(writer.word("~home") == "'~home'")
    }

    @Test func templatesDoubleQuoteAndEscape() {
        let word = ShellWord.template([.text("api.contoso.com:443:"), .variable("PUBLIC_IP"), .text(#" "$x" `y` \"#)])
        #expect(writer.word(word) == #""api.contoso.com:443:${PUBLIC_IP} \"\$x\" \`y\` \\""#)
    }

    @Test func statements() {
        let text = writer.render([
            .comment("Public IP\nof the gateway"),
            .assignment("PUBLIC_IP", .substitution(ShellCommand("az", "network", "public-ip", "show", "--query", "ipAddress"))),
            .blank,
            .command(ShellCommand(["curl", "--resolve", .template([.text("h:443:"), .variable("PUBLIC_IP")]), "https://h/"])),
        ])
        #expect(text == """
            # Public IP
            # of the gateway
            PUBLIC_IP="$(az network public-ip show --query ipAddress)"

            curl --resolve "h:443:${PUBLIC_IP}" https://h/

            """)
    }
}
