import Testing
@testable import Emitters

/// Expected texts are what `json.dumps(value, indent=2, ensure_ascii=False)` prints (checked
/// with python3); `expected` has no final newline, the writer adds exactly one.
private func expectJSON(_ value: JSONValue, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(JSONWriter().render(value) == expected + "\n", sourceLocation: sourceLocation)
    #expect((try? JSONValue.parse(expected)) == value, sourceLocation: sourceLocation)
}

@Test func jsonEmptyContainers() {
    expectJSON([:], #"""
    {}
    """#)
    expectJSON([], #"""
    []
    """#)
    expectJSON(["a": [:], "b": []], #"""
    {
      "a": {},
      "b": []
    }
    """#)
}

@Test func jsonObjectKeepsInsertionOrder() {
    expectJSON(["zeta": 1, "alpha": ["b": true, "a": false], "mid": [1, [2, 3], ["k": "v"]]], #"""
    {
      "zeta": 1,
      "alpha": {
        "b": true,
        "a": false
      },
      "mid": [
        1,
        [
          2,
          3
        ],
        {
          "k": "v"
        }
      ]
    }
    """#)
}

@Test func jsonScalars() {
    expectJSON([0, -42, 9_223_372_036_854_775_807, true, false, nil, "text"], #"""
    [
      0,
      -42,
      9223372036854775807,
      true,
      false,
      null,
      "text"
    ]
    """#)
}

@Test func jsonDoublesFormatLikePythonRepr() {
    let values: [JSONValue] = [
        .double(1.5), .double(2), .double(-0.0), .double(0.1 + 0.2), .double(0.0001), .double(0.00001),
        .double(1e15), .double(9_803_248_309_644_672), .double(1e16), .double(1.2345e-7), .double(1e300),
    ]
    expectJSON(.array(values), #"""
    [
      1.5,
      2.0,
      -0.0,
      0.30000000000000004,
      0.0001,
      1e-05,
      1000000000000000.0,
      9803248309644672.0,
      1e+16,
      1.2345e-07,
      1e+300
    ]
    """#)
}

@Test func jsonNonFiniteDoublesRenderAsNull() {
    #expect(JSONWriter().render([.double(.infinity), .double(.nan)]) == "[\n  null,\n  null\n]\n")
}

@Test func jsonEscapesQuoteAndBackslash() {
    expectJSON(["say \"hi\"": #"C:\temp\"#], #"""
    {
      "say \"hi\"": "C:\\temp\\"
    }
    """#)
}

@Test func jsonEscapesNamedControlCharacters() {
    expectJSON("a\nb\tc\rd\u{08}e\u{0C}f", #"""
    "a\nb\tc\rd\be\ff"
    """#)
}

@Test func jsonEscapesOtherControlCharactersAsLowercaseHex() {
    expectJSON("\u{00}\u{01}\u{1B}\u{1F}", #"""
    "\u0000\u0001\u001b\u001f"
    """#)
}

@Test func jsonKeepsNonASCIIAndSlash() {
    expectJSON(["path": "a/b</script>", "city": "Zürich – 東京 😀"], #"""
    {
      "path": "a/b</script>",
      "city": "Zürich – 東京 😀"
    }
    """#)
}

@Test func jsonLeavesDeleteAndLineSeparatorUnescaped() {
    #expect(JSONWriter().render("\u{7F}\u{2028}") == "\"\u{7F}\u{2028}\"\n")
}

@Test func jsonEndsWithExactlyOneNewline() {
    #expect(JSONWriter().render(["a": 1]) == "{\n  \"a\": 1\n}\n")
    #expect(JSONWriter().render(.string("x")) == "\"x\"\n")
}

@Test func jsonObjectSubscriptReplacesInPlaceAndAppends() {
    var object: JSONObject = ["b": 1, "a": 2]
    object["b"] = 3
    object["c"] = 4
    object["a"] = nil
    #expect(object.keys == ["b", "c"])
    #expect(JSONValue.object(object)["b"] == 3)
    #expect(JSONValue.array([1, 2])[1] == 2)
    #expect(JSONValue.array([1, 2])[2] == nil)
}
