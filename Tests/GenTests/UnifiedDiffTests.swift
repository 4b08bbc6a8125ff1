import Testing
@testable import GenDriver

/// The diff `--check` and the golden tests print, as `diff -u` would write it.
@Suite struct UnifiedDiffTests {
    @Test func equalTextsHaveNoDiff() {
        #expect(UnifiedDiff.render(old: "a\nb\n", new: "a\nb\n", oldName: "a", newName: "b") == "")
    }

    @Test func oneChangedLineIsOneHunkWithContext() {
        let old = (1...10).map { "line \($0)" }.joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "line 5\n", with: "line five\n")
        #expect(UnifiedDiff.render(old: old, new: new, oldName: "old", newName: "new") == """
            --- old
            +++ new
            @@ -2,7 +2,7 @@
             line 2
             line 3
             line 4
            -line 5
            +line five
             line 6
             line 7
             line 8
            """)
    }

    @Test func distantChangesAreSeparateHunksAndEveryOneIsShown() {
        let old = (1...30).map { "l\($0)" }.joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "l2\n", with: "").replacingOccurrences(of: "l25\n", with: "l25\nnew\n")
        let diff = UnifiedDiff.render(old: old, new: new, oldName: "o", newName: "n")
        let hunks = diff.split(separator: "\n").filter { $0.hasPrefix("@@") }
        // What GNU `diff -u` prints for the same two files.
        #expect(hunks == ["@@ -1,5 +1,4 @@", "@@ -23,6 +22,7 @@"])
        #expect(diff.contains("\n-l2\n") && diff.contains("\n+new\n"))
    }

    @Test func aNewFileIsAllAdditions() {
        #expect(UnifiedDiff.render(old: "", new: "a\nb\n", oldName: "/dev/null", newName: "x") == """
            --- /dev/null
            +++ x
            @@ -0,0 +1,2 @@
            +a
            +b
            """)
    }

    @Test func aMissingFinalNewlineIsSaid() {
        let diff = UnifiedDiff.render(old: "a\n", new: "a", oldName: "o", newName: "n")
        #expect(diff.contains("+a\n\\ No newline at end of file"))
        #expect(diff.contains("-a"))
    }
}
