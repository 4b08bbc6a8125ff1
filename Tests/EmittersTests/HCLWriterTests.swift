import Testing
@testable import Emitters

/// Every expected text below was checked with `hclfmt -require-no-change` and the tree-sitter
/// HCL grammar (set EMITTERS_SAMPLE_DIR to write them out as `hcl-*.tf` files).
private func expectHCL(
    _ items: [HCLBodyItem], _ expected: String, name: String = #function,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    WriterSampleDump.write("hcl-" + name.filter { $0.isLetter || $0.isNumber } + ".tf", expected)
    #expect(HCLWriter.render(HCLFile(items)) == expected, sourceLocation: sourceLocation)
}

/// Renders `x = expression` inside a block so the expression is checked in context.
private func expectValue(
    _ value: HCLExpression, _ expected: String, name: String = #function,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    expectHCL([.block(HCLBlock("locals", body: [.attribute("x", value)]))], expected, name: name, sourceLocation: sourceLocation)
}

private func block(_ type: HCLIdentifier, _ labels: String..., body: [HCLBodyItem]) -> HCLBodyItem {
    .block(HCLBlock(type, labels: labels, body: body))
}

@Suite struct HCLWriterTests {
    // MARK: Blocks and layout

    @Test func decimalsKeepTheirFractionAndDropAWholeOne() {
        expectValue(.list([.decimal(12.5), .decimal(25), .decimal(0.1)]), """
            locals {
              x = [12.5, 25, 0.1]
            }

            """)
    }

    @Test func interpolatedStringLiteralsJoinTheTemplateText() {
        expectValue(.template([.interpolation(.string("https://kv-a.vault.azure.net/")), .literal("secrets/${x}"), .interpolation(.ref("var.name"))]), """
            locals {
              x = "https://kv-a.vault.azure.net/secrets/$${x}${var.name}"
            }

            """)
        expectValue(.template([.interpolation(.string("say \"hi\""))]), """
            locals {
              x = "say \\"hi\\""
            }

            """)
    }

    @Test func emptyBlockRendersBraces() {
        expectHCL([block("provider", "azurerm", body: [.block(HCLBlock("features"))])], """
            provider "azurerm" {
              features {}
            }

            """)
    }

    @Test func blockWithOnlyBlankLinesIsEmpty() {
        expectHCL([block("terraform", body: [.blankLine, .blankLine])], "terraform {}\n")
    }

    @Test func labelsAreQuotedAndEscaped() {
        expectHCL([block("resource", "azurerm_x", "a\"b", body: [])], #"resource "azurerm_x" "a\"b" {}"# + "\n")
    }

    @Test func consecutiveAttributesAlign() {
        expectHCL([block("resource", "azurerm_resource_group", "main", body: [
            .attribute("name", "rg-apim"),
            .attribute("location", .ref("var.location")),
        ])], """
            resource "azurerm_resource_group" "main" {
              name     = "rg-apim"
              location = var.location
            }

            """)
    }

    @Test func blankLineEndsAlignmentGroupAndIsNormalized() {
        expectHCL([block("x", body: [
            .blankLine,
            .attribute("a", 1),
            .attribute("bbb", 2),
            .blankLine,
            .blankLine,
            .attribute("cc", 3),
            .blankLine,
        ])], """
            x {
              a   = 1
              bbb = 2

              cc = 3
            }

            """)
    }

    @Test func commentEndsAlignmentGroup() {
        expectHCL([block("x", body: [
            .attribute("a", 1),
            .comment("explains bbbb\nover two lines"),
            .attribute("bbbb", 2),
            .attribute("c", 3),
        ])], """
            x {
              a = 1
              # explains bbbb
              # over two lines
              bbbb = 2
              c    = 3
            }

            """)
    }

    @Test func directiveRendersWithoutSpace() {
        expectHCL([block("resource", "azurerm_api_management", "main", body: [
            .directive("checkov:skip=CKV_AZURE_1: reason"),
            .comment(""),
            .attribute("name", "apim"),
        ])], """
            resource "azurerm_api_management" "main" {
              #checkov:skip=CKV_AZURE_1: reason
              #
              name = "apim"
            }

            """)
    }

    @Test func nestedBlockEndsAlignmentGroup() {
        expectHCL([block("x", body: [
            .attribute("a", 1),
            .attribute("bb", 2),
            block("inner", body: [.attribute("c", 3), .attribute("dddd", 4)]),
            .attribute("eee", 5),
            .attribute("f", 6),
        ])], """
            x {
              a  = 1
              bb = 2
              inner {
                c    = 3
                dddd = 4
              }
              eee = 5
              f   = 6
            }

            """)
    }

    @Test func multiLineObjectEndsGroupAndAlignsItsOwnItems() {
        expectHCL([block("x", body: [
            .attribute("a", 1),
            .attribute("tags", .object(["environment": "prod", "cost-center": "1234", "é": "u"])),
            .attribute("bbbbbbbbbb", 2),
        ])], """
            x {
              a = 1
              tags = {
                environment   = "prod"
                "cost-center" = "1234"
                "é"           = "u"
              }
              bbbbbbbbbb = 2
            }

            """)
    }

    @Test func objectKeysThatAreLiteralsOrKeywordsAreQuoted() {
        expectValue(.object(["true": 1, "for": 2, "a-b": 3, "1a": 4, "": 5, "a_b": 6]), """
            locals {
              x = {
                "true" = 1
                "for"  = 2
                "a-b"  = 3
                "1a"   = 4
                ""     = 5
                a_b    = 6
              }
            }

            """)
    }

    @Test func unicodeKeysAlignByGraphemeClustersLikeHclfmt() {
        expectValue(.object(["東京": 1, "abcd": 2, "e\u{301}": 3, "abc": 4]), """
            locals {
              x = {
                "東京" = 1
                abcd = 2
                "e\u{301}"  = 3
                abc  = 4
              }
            }

            """)
    }

    @Test func nestedObjectsAlignPerLevel() {
        expectValue(.object(["a": 1, "inner": .object(["long_name": true, "b": false]), "ccc": .null]), """
            locals {
              x = {
                a = 1
                inner = {
                  long_name = true
                  b         = false
                }
                ccc = null
              }
            }

            """)
    }

    @Test func heredocValueContinuesAlignmentGroup() {
        expectHCL([block("x", body: [
            .attribute("eee", 5),
            .attribute("f", .heredoc(HCLHeredoc(marker: "XML", content: "<policies>\n  <inbound />\n</policies>\n"))),
            .attribute("ggggggg", 6),
        ])], """
            x {
              eee     = 5
              f       = <<XML
            <policies>
              <inbound />
            </policies>
            XML
              ggggggg = 6
            }

            """)
    }

    @Test func indentedHeredocIndentsContentOneLevel() {
        expectHCL([block("x", body: [
            block("y", body: [.attribute("script", .heredoc(HCLHeredoc(content: "echo a\n\n  echo b", indented: true)))]),
        ])], """
            x {
              y {
                script = <<-EOT
                  echo a

                    echo b
                EOT
              }
            }

            """)
    }

    @Test func heredocEscapesOnlyTemplateSequences() {
        expectValue(.heredoc(HCLHeredoc(content: #"a ${b} %{c} \n "q" $ % $$"#)), #"""
            locals {
              x = <<EOT
            a $${b} %%{c} \n "q" $ % $$
            EOT
            }

            """#)
    }

    @Test func emptyHeredoc() {
        expectValue(.heredoc(HCLHeredoc(content: "")), """
            locals {
              x = <<EOT
            EOT
            }

            """)
    }

    // MARK: Strings and escaping

    @Test func escapesQuoteAndBackslash() {
        expectValue(.string(#"say "hi" C:\temp"#), #"""
            locals {
              x = "say \"hi\" C:\\temp"
            }

            """#)
    }

    @Test func escapesNewlineTabAndCarriageReturn() {
        expectValue(.string("a\nb\tc\rd"), #"""
            locals {
              x = "a\nb\tc\rd"
            }

            """#)
    }

    @Test func escapesOtherControlCharactersAsUnicode() {
        expectValue(.string("a\u{1}b\u{1B}c\u{7F}"), #"""
            locals {
              x = "a\u0001b\u001Bc\u007F"
            }

            """#)
    }

    @Test func keepsNonASCIIVerbatim() {
        expectValue(.string("Zürich ☁️ 東京"), """
            locals {
              x = "Zürich ☁️ 東京"
            }

            """)
    }

    @Test func escapesInterpolationSequence() {
        expectValue(.string("${not} $ ${"), """
            locals {
              x = "$${not} $ $${"
            }

            """)
    }

    @Test func escapesDirectiveSequence() {
        expectValue(.string("%{if} % 100%"), """
            locals {
              x = "%%{if} % 100%"
            }

            """)
    }

    @Test func templateWithInterpolations() {
        expectHCL([block("locals", body: [
            .attribute("policy", .template([.interpolation(.ref("path.module")), "/policies/api.xml"])),
            .attribute("name", .template([.interpolation(.ref("var.prefix")), "-apim-", .interpolation(.ref("var.env"))])),
            .attribute("literal", .template(["cost ${x}: ", .interpolation(.call("upper", ["eur"]))])),
        ])], """
            locals {
              policy  = "${path.module}/policies/api.xml"
              name    = "${var.prefix}-apim-${var.env}"
              literal = "cost $${x}: ${upper("eur")}"
            }

            """)
    }

    @Test func interpolationOnlyTemplateIsBare() {
        expectValue(.template([.interpolation(.ref("var.location"))]), """
            locals {
              x = var.location
            }

            """)
    }

    @Test func dollarBeforeInterpolationStaysLiteral() {
        expectValue(.template(["price $$", .interpolation(.ref("var.amount"))]), """
            locals {
              x = "price ${"$$"}${var.amount}"
            }

            """)
    }

    // MARK: Scalars and references

    @Test func scalars() {
        expectHCL([block("locals", body: [
            .attribute("count", 3),
            .attribute("negative", -1),
            .attribute("enabled", true),
            .attribute("disabled", false),
            .attribute("nothing", .null),
        ])], """
            locals {
              count    = 3
              negative = -1
              enabled  = true
              disabled = false
              nothing  = null
            }

            """)
    }

    @Test func references() {
        expectHCL([block("locals", body: [
            .attribute("a", .ref("azurerm_subnet.apim.id")),
            .attribute("b", .ref("azurerm_api_management.main.private_ip_addresses[0]")),
            .attribute("c", .ref("azurerm_subnet.all[*].id")),
            .attribute("d", .index(.ref("var.map"), "cost-center")),
            .attribute("e", .attribute(.index(.ref("var.list"), .ref("count.index")), "name")),
        ])], """
            locals {
              a = azurerm_subnet.apim.id
              b = azurerm_api_management.main.private_ip_addresses[0]
              c = azurerm_subnet.all[*].id
              d = var.map["cost-center"]
              e = var.list[count.index].name
            }

            """)
    }

    @Test func refParsesSameTreeAsManualConstruction() {
        #expect(HCLExpression.ref("a.b[2]") == .index(.attribute(.variable("a"), "b"), .number(2)))
    }

    @Test func identifierValidation() {
        #expect(HCLIdentifier(String("resource_group-1")) != nil)
        #expect(HCLIdentifier(String("_x")) != nil)
        #expect(HCLIdentifier(String("1abc")) == nil)
        #expect(HCLIdentifier(String("-x")) == nil)
        #expect(HCLIdentifier(String("a b")) == nil)
        #expect(HCLIdentifier(String("a.b")) == nil)
        #expect(HCLIdentifier(String("")) == nil)
        #expect(HCLIdentifier(String("né")) == nil)
    }

    // MARK: Function calls

    @Test func shortCallsStayOnOneLine() {
        expectHCL([block("locals", body: [
            .attribute("xml", .call("file", [.template([.interpolation(.ref("path.module")), "/policies/api.xml"])])),
            .attribute("pfx", .call("filebase64", [.ref("var.gateway_pfx_path")])),
            .attribute("zones", .call("toset", [.list(["1", "2", "3"])])),
            .attribute("now", .call("timestamp", [])),
        ])], """
            locals {
              xml   = file("${path.module}/policies/api.xml")
              pfx   = filebase64(var.gateway_pfx_path)
              zones = toset(["1", "2", "3"])
              now   = timestamp()
            }

            """)
    }

    @Test func callHugsTrailingObject() {
        expectHCL([block("locals", body: [
            .attribute("a", 1),
            .attribute("tags", .call("merge", [.ref("local.tags"), .object(["role": "gateway", "tier": "edge"])])),
            .attribute("b", 2),
        ])], """
            locals {
              a = 1
              tags = merge(local.tags, {
                role = "gateway"
                tier = "edge"
              })
              b = 2
            }

            """)
    }

    @Test func longCallBreaksOneArgumentPerLine() {
        expectValue(.call("coalesce", [
            .ref("var.custom_gateway_host_name_override"), .ref("var.default_gateway_host_name"), "fallback",
        ]), """
            locals {
              x = coalesce(
                var.custom_gateway_host_name_override,
                var.default_gateway_host_name,
                "fallback",
              )
            }

            """)
    }

    @Test func callWithHeredocArgument() {
        expectValue(.call("trimspace", [.heredoc(HCLHeredoc(content: "text"))]), """
            locals {
              x = trimspace(
                <<EOT
            text
            EOT
                ,
              )
            }

            """)
    }

    // MARK: Lists and objects

    @Test func emptyListAndObject() {
        expectHCL([block("locals", body: [.attribute("list", .list([])), .attribute("map", .object([]))])], """
            locals {
              list = []
              map  = {}
            }

            """)
    }

    @Test func shortScalarListIsInline() {
        expectValue(.list(["1", "2", .ref("var.zone"), 4, true]), """
            locals {
              x = ["1", "2", var.zone, 4, true]
            }

            """)
    }

    @Test func longListIsOnePerLineWithTrailingCommas() {
        expectHCL([block("locals", body: [
            .attribute("a", 1),
            .attribute("addresses", .list(["10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24", "10.0.3.0/24", "10.0.4.0/24", "10.0.5.0/24"])),
            .attribute("b", 2),
        ])], """
            locals {
              a = 1
              addresses = [
                "10.0.0.0/24",
                "10.0.1.0/24",
                "10.0.2.0/24",
                "10.0.3.0/24",
                "10.0.4.0/24",
                "10.0.5.0/24",
              ]
              b = 2
            }

            """)
    }

    @Test func listOfObjects() {
        expectValue(.list([.object(["name": "a", "priority": 1]), .object(["name": "b", "priority": 2]), .list([])]), """
            locals {
              x = [
                {
                  name     = "a"
                  priority = 1
                },
                {
                  name     = "b"
                  priority = 2
                },
                [],
              ]
            }

            """)
    }

    @Test func listWithHeredocElement() {
        expectValue(.list([.heredoc(HCLHeredoc(content: "a")), "b"]), """
            locals {
              x = [
                <<EOT
            a
            EOT
                ,
                "b",
              ]
            }

            """)
    }

    // MARK: Operators and for expressions

    @Test func binaryOperatorsParenthesizeOnlyWhatPrecedenceNeeds() {
        let units = HCLExpression.ref("var.units")
        expectHCL([block("locals", body: [
            .attribute("a", .binary(.and, .binary(.greaterOrEqual, units, 1), .binary(.equal, .call("floor", [units]), units))),
            .attribute("b", .binary(.and, .binary(.or, .ref("var.x"), .ref("var.y")), .ref("var.z"))),
            .attribute("c", .binary(.subtract, 10, .binary(.subtract, 4, 3))),
            .attribute("d", .binary(.subtract, .binary(.subtract, 10, 4), 3)),
            .attribute("e", .conditional(.binary(.equal, .ref("var.capacity"), .null), .list([1]), .list([]))),
            .attribute("f", .binary(.or, .binary(.equal, .ref("var.capacity"), .null), .conditional(.ref("var.a"), true, false))),
        ])], """
            locals {
              a = var.units >= 1 && floor(var.units) == var.units
              b = (var.x || var.y) && var.z
              c = 10 - (4 - 3)
              d = 10 - 4 - 3
              e = var.capacity == null ? [1] : []
              f = var.capacity == null || (var.a ? true : false)
            }

            """)
    }

    @Test func binaryOperandsMaySpanLines() {
        let long = HCLExpression.call("can", [.call("regex", [.string(String(repeating: "[a-z]", count: 20)), .ref("var.host_name")])])
        expectValue(.binary(.and, long, .call("endswith", [.ref("var.host_name"), ".contoso.net"])), """
            locals {
              x = can(regex(
                "[a-z][a-z][a-z][a-z][a-z][a-z][a-z][a-z][a-z][a-z][a-z][a-z][a-z][a-z][a-z][a-z][a-z][a-z][a-z][a-z]",
                var.host_name,
              )) && endswith(var.host_name, ".contoso.net")
            }

            """)
    }

    @Test func forListRendersOnOneLine() {
        expectValue(.forList(element: "zone", in: .ref("var.zones"), result: .call("tostring", [.ref("zone")])), """
            locals {
              x = [for zone in var.zones : tostring(zone)]
            }

            """)
    }

    // MARK: Conditionals

    @Test func conditional() {
        expectHCL([block("locals", body: [
            .attribute("sku", .conditional(.ref("var.production"), "Premium_1", "Developer_1")),
            .attribute("id", .attribute(.conditional(.ref("var.a"), .ref("local.x"), .ref("local.y")), "id")),
            .attribute("nested", .conditional(.conditional(.ref("var.a"), true, false), 1, .conditional(.ref("var.b"), 2, 3))),
        ])], """
            locals {
              sku    = var.production ? "Premium_1" : "Developer_1"
              id     = (var.a ? local.x : local.y).id
              nested = (var.a ? true : false) ? 1 : var.b ? 2 : 3
            }

            """)
    }

    @Test func conditionalWithMultiLineBranches() {
        let long = HCLExpression.list(["10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24", "10.0.3.0/24", "10.0.4.0/24", "10.0.5.0/24"])
        expectHCL([block("locals", body: [
            .attribute("a", .conditional(.ref("var.x"), long, .list(["10.1.0.0/24"]))),
            .attribute("b", .conditional(.ref("var.x"), long, long)),
            .attribute("c", .conditional(.ref("var.x"), .heredoc(HCLHeredoc(content: "h")), "s")),
            .attribute("dd", 1),
            .attribute("e", .conditional(.ref("var.x"), "s", .heredoc(HCLHeredoc(content: "h")))),
            .attribute("f", .attribute(.heredoc(HCLHeredoc(content: "h")), "length")),
        ])], """
            locals {
              a = var.x ? [
                "10.0.0.0/24",
                "10.0.1.0/24",
                "10.0.2.0/24",
                "10.0.3.0/24",
                "10.0.4.0/24",
                "10.0.5.0/24",
              ] : ["10.1.0.0/24"]
              b = var.x ? [
                "10.0.0.0/24",
                "10.0.1.0/24",
                "10.0.2.0/24",
                "10.0.3.0/24",
                "10.0.4.0/24",
                "10.0.5.0/24",
                ] : [
                "10.0.0.0/24",
                "10.0.1.0/24",
                "10.0.2.0/24",
                "10.0.3.0/24",
                "10.0.4.0/24",
                "10.0.5.0/24",
              ]
              c = (var.x ? <<EOT
            h
            EOT
              : "s")
              dd = 1
              e  = var.x ? "s" : <<EOT
            h
            EOT
              f = (<<EOT
            h
            EOT
              ).length
            }

            """)
    }

    // MARK: Files

    @Test func topLevelSpacing() {
        expectHCL([
            .comment("Generated by gen. Do not edit."),
            block("terraform", body: [.attribute("required_version", ">= 1.6")]),
            .comment("Provider"),
            block("provider", "azurerm", body: [.block(HCLBlock("features"))]),
            block("locals", body: []),
        ], """
            # Generated by gen. Do not edit.
            terraform {
              required_version = ">= 1.6"
            }

            # Provider
            provider "azurerm" {
              features {}
            }

            locals {}

            """)
    }

    @Test func topLevelAttributesAlignLikeTfvars() {
        expectHCL([
            .attribute("location", "westeurope"),
            .attribute("prefix", "contoso"),
            .blankLine,
            .attribute("publisher_email", "api@contoso.com"),
        ], """
            location = "westeurope"
            prefix   = "contoso"

            publisher_email = "api@contoso.com"

            """)
    }

    @Test func emptyFile() {
        #expect(HCLWriter.render(HCLFile([])) == "")
    }

    @Test func applicationGateway() {
        let gateway = HCLBlock("resource", "azurerm_application_gateway", "main", body: [
            .directive("checkov:skip=CKV_AZURE_120: WAF policy is attached separately"),
            .attribute("name", .template([.interpolation(.ref("var.prefix")), "-agw"])),
            .attribute("resource_group_name", .ref("azurerm_resource_group.main.name")),
            .attribute("location", .ref("var.location")),
            .attribute("zones", .list(["1", "2", "3"])),
            .blankLine,
            block("sku", body: [.attribute("name", "WAF_v2"), .attribute("tier", "WAF_v2"), .attribute("capacity", 2)]),
            .blankLine,
            block("gateway_ip_configuration", body: [.attribute("name", "gateway-ip"), .attribute("subnet_id", .ref("azurerm_subnet.agw.id"))]),
            .blankLine,
            block("frontend_port", body: [.attribute("name", "https"), .attribute("port", 443)]),
            .blankLine,
            block("ssl_certificate", body: [
                .attribute("name", "gateway"),
                .attribute("data", .call("filebase64", [.ref("var.gateway_pfx_path")])),
                .attribute("password", .ref("var.gateway_pfx_password")),
            ]),
            .blankLine,
            block("backend_address_pool", body: [
                .attribute("name", "apim"),
                .attribute("ip_addresses", .list([.ref("azurerm_api_management.main.private_ip_addresses[0]")])),
            ]),
            .blankLine,
            block("backend_http_settings", body: [
                .attribute("name", "apim-https"),
                .attribute("cookie_based_affinity", "Disabled"),
                .attribute("port", 443),
                .attribute("protocol", "Https"),
                .attribute("request_timeout", 60),
                .attribute("pick_host_name_from_backend_address", false),
                .attribute("host_name", "api.contoso.com"),
            ]),
            .blankLine,
            block("request_routing_rule", body: [
                .attribute("name", "apim"),
                .attribute("priority", 100),
                .attribute("rule_type", "Basic"),
                .attribute("http_listener_name", "https"),
                .attribute("backend_address_pool_name", "apim"),
                .attribute("backend_http_settings_name", "apim-https"),
            ]),
            .blankLine,
            .attribute("tags", .call("merge", [.ref("local.tags"), .object(["component": "gateway", "cost-center": "1234"])])),
        ])
        expectHCL([.comment("Application Gateway in front of the internal APIM instance"), .block(gateway)], """
            # Application Gateway in front of the internal APIM instance
            resource "azurerm_application_gateway" "main" {
              #checkov:skip=CKV_AZURE_120: WAF policy is attached separately
              name                = "${var.prefix}-agw"
              resource_group_name = azurerm_resource_group.main.name
              location            = var.location
              zones               = ["1", "2", "3"]

              sku {
                name     = "WAF_v2"
                tier     = "WAF_v2"
                capacity = 2
              }

              gateway_ip_configuration {
                name      = "gateway-ip"
                subnet_id = azurerm_subnet.agw.id
              }

              frontend_port {
                name = "https"
                port = 443
              }

              ssl_certificate {
                name     = "gateway"
                data     = filebase64(var.gateway_pfx_path)
                password = var.gateway_pfx_password
              }

              backend_address_pool {
                name         = "apim"
                ip_addresses = [azurerm_api_management.main.private_ip_addresses[0]]
              }

              backend_http_settings {
                name                                = "apim-https"
                cookie_based_affinity               = "Disabled"
                port                                = 443
                protocol                            = "Https"
                request_timeout                     = 60
                pick_host_name_from_backend_address = false
                host_name                           = "api.contoso.com"
              }

              request_routing_rule {
                name                       = "apim"
                priority                   = 100
                rule_type                  = "Basic"
                http_listener_name         = "https"
                backend_address_pool_name  = "apim"
                backend_http_settings_name = "apim-https"
              }

              tags = merge(local.tags, {
                component     = "gateway"
                "cost-center" = "1234"
              })
            }

            """)
    }
}
