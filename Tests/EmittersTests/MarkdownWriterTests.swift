import Testing
@testable import Emitters

@Suite struct MarkdownWriterTests {
    let writer = MarkdownWriter()

    @Test func headingsParagraphsAndBlankLinesBetweenBlocks() {
        let document = MarkdownDocument([
            .heading(1, ["Runbook"]),
            .paragraph(["Deploy ", .code("main.bicep"), " with ", .strong(["care"]), " and ", .emphasis(["patience"]), "."]),
            .heading(9, ["Deep"]),
        ])
        #expect(writer.render(document) == """
            # Runbook

            Deploy `main.bicep` with **care** and *patience*.

            ###### Deep

            """)
    }

    @Test func textEscapesInlineMetacharactersAndFoldsLineBreaks() {
        let text = writer.render(MarkdownDocument([.paragraph([.text("a*b_c `d` [e](f) <g> h|i #j ~k & \\ l\nm")])]))
        #expect(text == "a\\*b\\_c \\`d\\` \\[e\\](f) \\<g\\> h\\|i \\#j \\~k \\& \\\\ l m\n")
    }

    @Test func paragraphStartsThatWouldBeListsAreEscaped() {
        #expect(writer.render(MarkdownDocument([.paragraph(["- not a list"])])) == "\\- not a list\n")
        #expect(writer.render(MarkdownDocument([.paragraph(["+ plus"])])) == "\\+ plus\n")
        #expect(writer.render(MarkdownDocument([.paragraph(["2024. a year"])])) == "2024\\. a year\n")
        #expect(writer.render(MarkdownDocument([.paragraph(["3) three"])])) == "3\\) three\n")
        #expect(writer.render(MarkdownDocument([.paragraph(["12 apples"])])) == "12 apples\n")
    }

    @Test func codeSpansGrowPastBackticks() {
        #expect(writer.inlines([.code("a`b")], inTable: false) == "``a`b``")
        #expect(writer.inlines([.code("`x")], inTable: false) == "`` `x ``")
        #expect(writer.inlines([.code("a\nb")], inTable: false) == "`a b`")
    }

    @Test func tablesEscapePipesEvenInCodeAndPadShortRows() {
        let table = MarkdownTable(header: [["Host"], ["Rule"]], rows: [
            [[.code("a|b")], ["x|y"]],
            [["only one"]],
        ])
        #expect(writer.render(MarkdownDocument([.table(table)])) == """
            | Host | Rule |
            |---|---|
            | `a\\|b` | x\\|y |
            | only one |  |

            """)
    }

    @Test func fencedCodeBlocksOutgrowBacktickRunsInTheCode() {
        let plain = writer.render(MarkdownDocument([.code(language: "bash", "echo hi\n")]))
        #expect(plain == "```bash\necho hi\n```\n")
        let nested = writer.render(MarkdownDocument([.code(language: nil, "```\ninner\n```")]))
        #expect(nested == "````\n```\ninner\n```\n````\n")
    }

    @Test func listsWithNestedBlocks() {
        let list = MarkdownList(ordered: true, items: [
            .init(["first"]),
            .init(["second"], children: [.code(language: "sh", "ls\n")]),
        ])
        #expect(writer.render(MarkdownDocument([.list(list), .list(MarkdownList(items: [.init(["- dash"])]))])) == """
            1. first

            2. second

               ```sh
               ls
               ```

            - \\- dash

            """)
    }

    @Test func linksWrapUnsafeURLs() {
        #expect(writer.inlines([.link(["diagram"], url: "../diagram/architecture.mmd")], inTable: false) == "[diagram](../diagram/architecture.mmd)")
        #expect(writer.inlines([.link(["x"], url: "a b(c)")], inTable: false) == "[x](<a b(c)>)")
    }
}
