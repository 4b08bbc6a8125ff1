import Testing
@testable import Emitters

private func parseError(_ text: String) -> JSONParseError? {
    do {
        _ = try JSONValue.parse(text)
        return nil
    } catch {
        return error
    }
}

@Test func jsonParseBuildsOrderedTree() throws {
    let value = try JSONValue.parse(#" { "b" : [1, 2.5, -3e2, true, false, null], "a": {"x": "y"}, "e": {} } "#)
    #expect(value == ["b": [1, .double(2.5), .double(-300), true, false, nil], "a": ["x": "y"], "e": [:]])
    #expect(value["a"]?["x"] == "y")
    #expect(value["b"]?[2] == .double(-300))
}

@Test func jsonParseKeepsDuplicateKeysInOrder() throws {
    #expect(try JSONValue.parse(#"{"k": 1, "j": 2, "k": 3}"#) == .object(JSONObject([("k", 1), ("j", 2), ("k", 3)])))
}

@Test func jsonParseDecodesEscapes() throws {
    let value = try JSONValue.parse(#""q\" b\\ s\/ \b\f\n\r\t \u00e9 \u001F \ud83d\ude00 ü""#)
    #expect(value == .string("q\" b\\ s/ \u{08}\u{0C}\n\r\t é \u{1F} 😀 ü"))
}

@Test func jsonParseIntegersAndDoubles() throws {
    #expect(try JSONValue.parse("-0") == .int(0))
    #expect(try JSONValue.parse("1.0") == .double(1))
    #expect(try JSONValue.parse("1E+2") == .double(100))
    #expect(try JSONValue.parse("92233720368547758070") == .double(92_233_720_368_547_758_070))
}

@Test func jsonParseReportsPositions() {
    #expect(parseError(#"{"a": 1,}"#) == JSONParseError(message: "expected a string key", line: 1, column: 9))
    #expect(parseError("[1,\n  2 x]") == JSONParseError(message: "expected ',' or ']'", line: 2, column: 5))
    #expect(parseError(#"["é", 01]"#) == JSONParseError(message: "leading zero in number", line: 1, column: 7))
    #expect(parseError("\n  \"abc") == JSONParseError(message: "unterminated string", line: 2, column: 3))
    #expect(parseError(#"{"a" 1}"#) == JSONParseError(message: "expected ':'", line: 1, column: 6))
    #expect(parseError("\"a\nb\"") == JSONParseError(message: "control character in string", line: 1, column: 3))
    #expect(parseError("[] []") == JSONParseError(message: "unexpected text after the value", line: 1, column: 4))
    #expect(parseError("") == JSONParseError(message: "expected a value, found end of input", line: 1, column: 1))
    #expect(parseError(#""\x""#) == JSONParseError(message: "invalid escape", line: 1, column: 2))
    #expect(parseError(#""\ud800""#) == JSONParseError(message: "unpaired surrogate", line: 1, column: 2))
    #expect(parseError("tru") == JSONParseError(message: "expected 'true'", line: 1, column: 4))
}

@Test func jsonParseThenRenderRoundTrips() throws {
    let text = """
    {
      "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
      "contentVersion": "1.0.0.0",
      "parameters": {
        "location": {
          "type": "string",
          "defaultValue": "[resourceGroup().location]"
        }
      },
      "resources": [],
      "outputs": {}
    }

    """
    #expect(JSONWriter().render(try JSONValue.parse(text)) == text)
}
