import Testing
@testable import Emitters

@Suite struct PowerShellWriterTests {
    let writer = PowerShellWriter()

    func line(_ statement: PSStatement) -> String { writer.render([statement]) }

    @Test func realisticScript() {
        let probe = PSCommand("New-AzApplicationGatewayProbeConfig", [
            .named("Name", "apimgatewayprobe"), .named("Protocol", .bareword("Https")),
            .named("HostName", "api.contoso.net"), .named("Path", "/status-0123456789abcdef"),
            .named("Interval", .variable("ProbeInterval")), .named("Timeout", 120),
            .named("UnhealthyThreshold", 8),
        ])
        let apimName: PSExpression = .expandable([.text("apim-"), .variable("Environment")])
        let script = PSScript(
            requiredModules: ["Az.Accounts", "Az.Network", "Az.ApiManagement"],
            synopsis: "Creates the Application Gateway probe for API Management.",
            supportsShouldProcess: true,
            parameters: [
                PSParameter("ResourceGroupName", mandatory: true, help: "Resource group that holds the gateway."),
                PSParameter("Environment", validateSet: ["dev", "prod"], defaultValue: "dev", help: "Deployment environment."),
                PSParameter("CertificatePassword", type: "SecureString", mandatory: true),
                PSParameter("ProbeInterval", type: "int", defaultValue: 30),
            ],
            body: [
                .assign(.variable("ErrorActionPreference"), "Stop"),
                .assign(.variable("apim"), .command(PSCommand("Get-AzApiManagement", [
                    .named("ResourceGroupName", .variable("ResourceGroupName")), .named("Name", apimName),
                ]))),
                .if([
                    PSConditional(.binary(.null, "-eq", .variable("apim")), [
                        .throw(.expandable([.text("API Management instance "), .subexpression(apimName), .text(" not found")])),
                    ]),
                    PSConditional(.binary(.member(.variable("apim"), "Sku"), "-ne", "Developer"), [
                        .command(PSCommand("Write-Warning", [.named("Message", "Production SKU")])),
                    ]),
                ], else: [.command(PSCommand("Write-Verbose", [.named("Message", "Developer SKU")]))]),
                .assign(.variable("ip"), .index(.member(.variable("apim"), "PrivateIPAddresses"), 0)),
                .command(.writeInformation(.expandable([.text("APIM private IP: "), .variable("ip")]))),
                .blank,
                .comment("Health probe against the APIM status endpoint"),
                .assign(.variable("probe"), .command(probe)),
                .assign(.variable("tags"), .hashtable([
                    PSHashEntry("environment", .variable("Environment")), PSHashEntry("cost-center", "platform"),
                ])),
                .foreach(variable: "port", in: .array([443, 8443]), body: [
                    .command(.writeProgress(activity: "Probes", status: .expandable([.text("Checking "), .variable("ip"), .text(":"), .variable("port")]))),
                ]),
                .try([
                    .assign(.variable("gateway"), .command(PSCommand("Get-AzApplicationGateway", [
                        .named("Name", "agw-apim"), .named("ResourceGroupName", .variable("ResourceGroupName")),
                    ]))),
                ], catch: [
                    .command(PSCommand("Write-Error", [.named("Message", .member(.member(.variable("_"), "Exception"), "Message"))])),
                    .return(nil),
                ], finally: []),
                .if([PSConditional(.call(.member(.variable("PSCmdlet"), "ShouldProcess"), [.variable("ResourceGroupName"), "Update gateway"]), [
                    .expression(.pipeline([
                        .command(PSCommand("Get-AzResourceGroup", [.named("Name", .variable("ResourceGroupName"))])),
                        .command(PSCommand("Set-AzResourceGroup", [.named("Tag", .variable("tags"))])),
                    ])),
                    .assign(.member(.variable("gateway"), "Probes"), .array([.variable("probe")])),
                    .expression(.pipeline([.variable("gateway"), .command(PSCommand("Set-AzApplicationGateway"))])),
                ])], else: nil),
            ]
        )
        let expected = """
            #Requires -Modules Az.Accounts, Az.Network, Az.ApiManagement

            <#
            .SYNOPSIS
                Creates the Application Gateway probe for API Management.
            .PARAMETER ResourceGroupName
                Resource group that holds the gateway.
            .PARAMETER Environment
                Deployment environment.
            #>
            [CmdletBinding(SupportsShouldProcess)]
            param(
                [Parameter(Mandatory)]
                [string]$ResourceGroupName,

                [ValidateSet('dev', 'prod')]
                [string]$Environment = 'dev',

                [Parameter(Mandatory)]
                [SecureString]$CertificatePassword,

                [int]$ProbeInterval = 30
            )

            $ErrorActionPreference = 'Stop'
            $apim = Get-AzApiManagement -ResourceGroupName $ResourceGroupName -Name "apim-$Environment"
            if ($null -eq $apim) {
                throw "API Management instance $("apim-$Environment") not found"
            } elseif ($apim.Sku -ne 'Developer') {
                Write-Warning -Message 'Production SKU'
            } else {
                Write-Verbose -Message 'Developer SKU'
            }
            $ip = $apim.PrivateIPAddresses[0]
            Write-Information -MessageData "APIM private IP: $ip" -InformationAction Continue

            # Health probe against the APIM status endpoint
            $probe = New-AzApplicationGatewayProbeConfig `
                -Name 'apimgatewayprobe' `
                -Protocol Https `
                -HostName 'api.contoso.net' `
                -Path '/status-0123456789abcdef' `
                -Interval $ProbeInterval `
                -Timeout 120 `
                -UnhealthyThreshold 8
            $tags = @{
                environment = $Environment
                'cost-center' = 'platform'
            }
            foreach ($port in @(443, 8443)) {
                Write-Progress -Activity 'Probes' -Status "Checking ${ip}:$port"
            }
            try {
                $gateway = Get-AzApplicationGateway -Name 'agw-apim' -ResourceGroupName $ResourceGroupName
            } catch {
                Write-Error -Message $_.Exception.Message
                return
            }
            if ($PSCmdlet.ShouldProcess($ResourceGroupName, 'Update gateway')) {
                Get-AzResourceGroup -Name $ResourceGroupName | Set-AzResourceGroup -Tag $tags
                $gateway.Probes = @($probe)
                $gateway | Set-AzApplicationGateway
            }

            """
        WriterSampleDump.write("script.ps1", expected)
        #expect(writer.render(script) == expected)
    }

    @Test func singleQuotedStringDoublesQuotes() {
        #expect(line(.expression("it's ‘x’")) == "'it''s ‘‘x’’'\n")
    }

    @Test func expandableStringEscapes() {
        let text: PSExpression = .expandable([.text("cost `$5 \"q\" “s”\n"), .variable("env:HOME"), .text("/"), .variable("name"), .text("_x")])
        let expected = "$s = \"cost ```$5 `\"q`\" `“s`”`n$env:HOME/${name}_x\"\n"
        WriterSampleDump.write("expandable.ps1", expected)
        #expect(line(.assign(.variable("s"), text)) == expected)
    }

    @Test func variableNamesNeedingBraces() {
        #expect(line(.expression(.variable("my-var"))) == "${my-var}\n")
        #expect(line(.expression(.variable("_"))) == "$_\n")
        #expect(line(.expression(.variable("script:count"))) == "$script:count\n")
    }

    @Test func literalsAndOperators() {
        let statements: [PSStatement] = [
            .assign(.variable("a"), .array([])),
            .assign(.variable("b"), .hashtable([])),
            .assign(.variable("c"), .hashtable([PSHashEntry("Name", "x")])),
            .assign(.variable("d"), .cast("int", .variable("t"))),
            .assign(.variable("e"), .binary(.not(.variable("f")), "-and", .binary(.double(1.5), "-lt", .int(-2)))),
            .assign(.variable("g"), .call(.staticMember(type: "System.Convert", name: "ToBase64String"), [.variable("bytes")])),
            .assign(.variable("h"), .paren(.command(PSCommand("Get-Date")))),
            .expression(.command(PSCommand("Test-Sample", [.positional(.type("int")), .positional(.bool(false)), .positional(.null), .named("Value", .binary(.variable("x"), "+", 1))]))),
            .expression(.pipeline([.variable("items"), .command(PSCommand("Where-Object", [.positional(.scriptBlock([.expression(.binary(.member(.variable("_"), "Name"), "-like", "apim*"))]))]))])),
        ]
        let expected = """
            $a = @()
            $b = @{}
            $c = @{ Name = 'x' }
            $d = [int]$t
            $e = (-not $f) -and (1.5 -lt -2)
            $g = [System.Convert]::ToBase64String($bytes)
            $h = (Get-Date)
            Test-Sample ([int]) $false $null -Value ($x + 1)
            $items | Where-Object { $_.Name -like 'apim*' }

            """
        WriterSampleDump.write("literals.ps1", expected)
        #expect(writer.render(statements) == expected)
    }

    @Test func switchesSplatAndScriptBlock() {
        let command = PSCommand("New-AzResourceGroup", [
            .named("Name", "rg-apim"), .named("Location", "westeurope"), .switch("Force"), .switchValue("Confirm", false),
        ])
        let expected = """
            New-AzResourceGroup -Name 'rg-apim' -Location 'westeurope' -Force -Confirm:$false
            $rgParams = @{
                Name = 'rg-apim'
                Location = 'westeurope'
                Force = $true
                Confirm = $false
            }
            New-AzResourceGroup @rgParams
            $job = {
                $x = 1
                Write-Output -InputObject $x
            }

            """
        let statements: [PSStatement] = [.command(command)] + command.splatted(as: "rgParams") + [
            .assign(.variable("job"), .scriptBlock([
                .assign(.variable("x"), 1), .command(PSCommand("Write-Output", [.named("InputObject", .variable("x"))])),
            ])),
        ]
        WriterSampleDump.write("splat.ps1", expected)
        #expect(writer.render(statements) == expected)
    }

    @Test func longPipelineBreaksAfterBarThenWithBackticks() {
        let statement: PSStatement = .expression(.pipeline([
            .command(PSCommand("Get-AzApplicationGateway", [.named("ResourceGroupName", .variable("ResourceGroupName")), .named("Name", "agw-apim-production")])),
            .command(PSCommand("Add-AzApplicationGatewayProbeConfig", [
                .named("Name", "apimgatewayprobe"), .named("Protocol", .bareword("Https")),
                .named("HostName", "api.contoso.net"), .named("Path", "/status-0123456789abcdef"),
                .named("Interval", 30), .named("Timeout", 120), .named("UnhealthyThreshold", 8),
            ])),
            .command(PSCommand("Set-AzApplicationGateway")),
        ]))
        let expected = """
            if ($true) {
                Get-AzApplicationGateway -ResourceGroupName $ResourceGroupName -Name 'agw-apim-production' |
                    Add-AzApplicationGatewayProbeConfig `
                        -Name 'apimgatewayprobe' `
                        -Protocol Https `
                        -HostName 'api.contoso.net' `
                        -Path '/status-0123456789abcdef' `
                        -Interval 30 `
                        -Timeout 120 `
                        -UnhealthyThreshold 8 |
                    Set-AzApplicationGateway
            }

            """
        WriterSampleDump.write("pipeline.ps1", "$ResourceGroupName = 'rg'\n" + expected)
        #expect(writer.render([.if([PSConditional(true, [statement])], else: nil)]) == expected)
    }

    @Test func helpTextCannotCloseTheBlockEarly() {
        let script = PSScript(synopsis: "a #> b", cmdletBinding: false, body: [.comment("x\n\ny")])
        #expect(writer.render(script) == "<#\n.SYNOPSIS\n    a # > b\n#>\n\n# x\n#\n# y\n")
    }
}

@Suite struct PowerShellWriterLayoutTests {
    @Test func multiLineValueInsideBrokenCommand() {
        let command = PSCommand("New-AzResourceGroup", [
            .named("Name", "rg-apim-production-westeurope-001-shared-services"), .named("Location", "westeurope"),
            .named("Tag", .hashtable([PSHashEntry("environment", "production"), PSHashEntry("owner", "platform-team")])),
        ])
        let expected = """
            [CmdletBinding()]
            param()

            New-AzResourceGroup `
                -Name 'rg-apim-production-westeurope-001-shared-services' `
                -Location 'westeurope' `
                -Tag @{
                    environment = 'production'
                    owner = 'platform-team'
                }

            """
        WriterSampleDump.write("broken-hashtable.ps1", expected)
        #expect(PowerShellWriter().render(PSScript(body: [.command(command)])) == expected)
    }
}

@Suite struct PowerShellWriterArrayBlockTests {
    @Test func commandsInsideAnArrayBlockAreBareAndBreakWhenLong() {
        let override = PSCommand("New-AzApplicationGatewayFirewallPolicyManagedRuleGroupOverride", [
            .named("RuleGroupName", "REQUEST-942-APPLICATION-ATTACK-SQLI"),
            .named("Rule", .arrayBlock([
                .command(PSCommand("New-AzApplicationGatewayFirewallPolicyManagedRuleOverride", [.named("RuleId", "942200"), .named("State", .bareword("Disabled"))])),
            ])),
        ])
        let command = PSCommand("New-AzApplicationGatewayFirewallPolicyManagedRuleSet", [
            .named("RuleSetType", .bareword("OWASP")), .named("RuleSetVersion", "3.2"),
            .named("RuleGroupOverride", .arrayBlock([.command(override)])),
        ])
        let expected = """
            $ruleSet = New-AzApplicationGatewayFirewallPolicyManagedRuleSet `
                -RuleSetType OWASP `
                -RuleSetVersion '3.2' `
                -RuleGroupOverride @(
                    New-AzApplicationGatewayFirewallPolicyManagedRuleGroupOverride `
                        -RuleGroupName 'REQUEST-942-APPLICATION-ATTACK-SQLI' `
                        -Rule @(
                            New-AzApplicationGatewayFirewallPolicyManagedRuleOverride `
                                -RuleId '942200' `
                                -State Disabled
                        )
                )

            """
        WriterSampleDump.write("array-block.ps1", expected)
        #expect(PowerShellWriter().render([.assign(.variable("ruleSet"), .command(command))]) == expected)
    }

    @Test func longCommandArgumentBreaksInsideItsParentheses() {
        let endpoint = PSCommand("New-AzPrivateEndpoint", [
            .named("Name", "pe-kv-apim-edge-prod"),
            .named("PrivateLinkServiceConnection", .command(PSCommand("New-AzPrivateLinkServiceConnection", [
                .named("Name", "pe-kv-apim-edge-prod"),
                .named("PrivateLinkServiceId", .member(.index(.variable("keyVaults"), "kv-apim-edge-prod"), "ResourceId")),
                .named("GroupId", "vault"),
            ]))),
            .named("Subnet", .command(PSCommand("Get-AzVirtualNetworkSubnetConfig", [.named("VirtualNetwork", .variable("vnet")), .named("Name", "pe")]))),
            .named("ResourceGroupName", "rg"), .named("Location", "westeurope"),
        ])
        let expected = """
            $endpoint = New-AzPrivateEndpoint `
                -Name 'pe-kv-apim-edge-prod' `
                -PrivateLinkServiceConnection (
                    New-AzPrivateLinkServiceConnection `
                        -Name 'pe-kv-apim-edge-prod' `
                        -PrivateLinkServiceId $keyVaults['kv-apim-edge-prod'].ResourceId `
                        -GroupId 'vault'
                ) `
                -Subnet (Get-AzVirtualNetworkSubnetConfig -VirtualNetwork $vnet -Name 'pe') `
                -ResourceGroupName 'rg' `
                -Location 'westeurope'

            """
        WriterSampleDump.write("nested-command.ps1", "$keyVaults = @{}\n$vnet = $null\n" + expected)
        #expect(PowerShellWriter().render([.assign(.variable("endpoint"), .command(endpoint))]) == expected)
    }

    @Test func arrayBlockOfReferencesAndEmptyBlock() {
        let statements: [PSStatement] = [
            .assign(.variable("all"), .arrayBlock([.index(.variable("listeners"), "a"), .variable("b")])),
            .assign(.variable("none"), .arrayBlock([])),
        ]
        #expect(PowerShellWriter().render(statements) == "$all = @(\n    $listeners['a']\n    $b\n)\n$none = @()\n")
    }

    @Test func examplesFollowTheParameterHelp() {
        let script = PSScript(
            synopsis: "Deploys.", cmdletBinding: false,
            parameters: [PSParameter("Name", help: "The name.")],
            examples: ["./deploy.ps1 -Name x\nDeploys x."], body: []
        )
        #expect(PowerShellWriter().render(script) == """
            <#
            .SYNOPSIS
                Deploys.
            .PARAMETER Name
                The name.
            .EXAMPLE
                ./deploy.ps1 -Name x
                Deploys x.
            #>
            param(
                [string]$Name
            )

            """)
    }

    @Test func commandNamesAreCollectedOnceInFirstUseOrder() {
        let statements: [PSStatement] = [
            .assign(.variable("rg"), .command(PSCommand("Get-AzResourceGroup", [.named("Name", "rg")]))),
            .if([PSConditional(.binary(.null, "-eq", .variable("rg")), [
                .assign(.variable("rg"), .command(PSCommand("New-AzResourceGroup", [
                    .named("Tag", .hashtable([PSHashEntry("a", .command(PSCommand("Get-Date")))])),
                ]))),
            ])], else: nil),
            .expression(.pipeline([.command(PSCommand("Get-AzResourceGroup")), .command(PSCommand("ForEach-Object", [
                .positional(.scriptBlock([.command(PSCommand("Write-Output", [.named("InputObject", .variable("_"))]))])),
            ]))])),
        ]
        #expect(statements.flatMap(\.commandNames) == ["Get-AzResourceGroup", "New-AzResourceGroup", "Get-Date", "Get-AzResourceGroup", "ForEach-Object", "Write-Output"])
    }
}
