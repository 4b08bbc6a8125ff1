/// The scripts the pipeline runs. Each is constant text: every value from the manifest reaches
/// a script through the step's `env:` mapping, never by splicing it into the script, so no
/// name or secret can change what a script does.
enum PipelineScript {
    /// Builds `gen` (env: GEN_PACKAGE_PATH).
    static let buildGen = """
        set -euo pipefail
        swift build --package-path "$GEN_PACKAGE_PATH" --configuration release

        """

    /// Fails when the committed folder differs from what the manifest renders
    /// (env: GEN_FORMAT, GEN_PACKAGE_PATH, MANIFEST_PATH, OUTPUT_ROOT).
    static let genCheck = """
        set -euo pipefail
        gen="$(swift build --package-path "$GEN_PACKAGE_PATH" --configuration release --show-bin-path)/gen"
        "$gen" "$GEN_FORMAT" --manifest "$MANIFEST_PATH" --output "$OUTPUT_ROOT" --check

        """

    /// Offline Terraform checks, run in the Terraform folder.
    static let terraformStaticChecks = """
        set -euo pipefail
        terraform init -backend=false -input=false
        terraform validate
        terraform fmt -check -recursive -diff

        """

    /// Stops early, naming every variable the variable group must define but does not
    /// (env: one REQUIRED_<name> per variable; an undefined macro stays `$(name)`).
    static let requireVariables = """
        set -euo pipefail
        missing=""
        for variable in $(compgen -e); do
          case "$variable" in
            REQUIRED_*)
              if [ -z "${!variable}" ] || [[ "${!variable}" == '$('* ]]; then
                missing="$missing ${variable#REQUIRED_}"
              fi ;;
          esac
        done
        if [ -n "$missing" ]; then
          echo "##vso[task.logissue type=error]Define in the variable group:$missing"
          exit 1
        fi

        """

    /// Compiles the Bicep template (env: TEMPLATE_FILE). The parameters file is compiled by
    /// what-if in Plan: it reads secrets from the environment, which Validate does not have.
    static let bicepBuild = """
        set -euo pipefail
        az bicep build --file "$TEMPLATE_FILE" --stdout > /dev/null

        """

    /// Parses the ARM template and its parameters file (env: TEMPLATE_FILE, PARAMETERS_FILE).
    static let armSyntax = """
        set -euo pipefail
        for file in "$TEMPLATE_FILE" "$PARAMETERS_FILE"; do
          python3 -m json.tool "$file" > /dev/null
        done

        """

    /// Environment variables with this prefix become `--parameters <name>=<value>`.
    static let commandLineParameterPrefix = "CLI_PARAM_"

    /// `validate` and `what-if` (STEP=what-if, output to WHAT_IF_FILE) or `create` (STEP=create)
    /// of a resource-group deployment (env: RESOURCE_GROUP, LOCATION, DEPLOYMENT_NAME,
    /// TEMPLATE_FILE, PARAMETERS_ARGUMENT, and one CLI_PARAM_<name> per command-line parameter).
    static let templateDeployment = """
        set -euo pipefail
        arguments=(--resource-group "$RESOURCE_GROUP" --name "$DEPLOYMENT_NAME"
          --template-file "$TEMPLATE_FILE" --parameters "$PARAMETERS_ARGUMENT")
        for variable in $(compgen -e); do
          case "$variable" in
            CLI_PARAM_*) arguments+=(--parameters "${variable#CLI_PARAM_}=${!variable}") ;;
          esac
        done
        if [ "$(az group exists --name "$RESOURCE_GROUP")" != true ]; then
          if [ "$STEP" = what-if ]; then
            echo "##vso[task.logissue type=warning]Resource group $RESOURCE_GROUP does not exist yet: Apply creates it and every resource in the template."
            echo "Resource group $RESOURCE_GROUP does not exist yet: every resource in the template is new." > "$WHAT_IF_FILE"
            exit 0
          fi
          az group create --name "$RESOURCE_GROUP" --location "$LOCATION" --output none
        fi
        if [ "$STEP" = what-if ]; then
          az deployment group validate "${arguments[@]}" --output none
          az deployment group what-if "${arguments[@]}" | tee "$WHAT_IF_FILE"
        else
          az deployment group create "${arguments[@]}" --output none
        fi

        """

    /// Syntax check of the PowerShell deployment script (env: DEPLOY_SCRIPT).
    static let powershellParse = """
        $errors = $null
        $null = [System.Management.Automation.Language.Parser]::ParseFile($env:DEPLOY_SCRIPT, [ref]$null, [ref]$errors)
        if ($errors) {
            foreach ($parseError in $errors) {
                Write-Host "##vso[task.logissue type=error]$($parseError.Extent.StartLineNumber): $($parseError.Message)"
            }
            exit 1
        }

        """

    /// Runs deploy.ps1, with `-WhatIf` and a transcript in WHAT_IF_FILE when that is set
    /// (env: DEPLOY_SCRIPT, and one SECURE_PARAM_<name> per secure parameter).
    static let powershellDeployment = """
        $ErrorActionPreference = 'Stop'
        $parameters = @{}
        foreach ($variable in Get-ChildItem -Path 'env:' | Where-Object { $_.Name.StartsWith('SECURE_PARAM_') }) {
            $name = $variable.Name.Substring('SECURE_PARAM_'.Length)
            $parameters[$name] = ConvertTo-SecureString -String $variable.Value -AsPlainText -Force
        }
        if ($env:WHAT_IF_FILE) {
            & $env:DEPLOY_SCRIPT @parameters -WhatIf *>&1 | Tee-Object -FilePath $env:WHAT_IF_FILE
        } else {
            & $env:DEPLOY_SCRIPT @parameters
        }

        """

    /// Publishes APIM policy XML in the APIOps layout (`policy.xml` for the service,
    /// `apis/<api>/policy.xml` per API); does nothing when there is none
    /// (env: POLICY_ROOT, RESOURCE_GROUP, APIM_NAME).
    static let publishPolicies = """
        set -euo pipefail
        if [ ! -d "$POLICY_ROOT" ] || [ -z "$(find "$POLICY_ROOT" -name '*.xml' -print -quit)" ]; then
          echo "No policy files under $POLICY_ROOT: nothing to publish."
          exit 0
        fi
        service_id="$(az apim show --resource-group "$RESOURCE_GROUP" --name "$APIM_NAME" --query id --output tsv)"
        body="$(mktemp)"
        publish() {
          jq --null-input --rawfile value "$1" '{properties: {format: "rawxml", value: $value}}' > "$body"
          az rest --method put --url "https://management.azure.com$2/policies/policy?api-version=2022-08-01" --body "@$body" --output none
          echo "Published $1"
        }
        find "$POLICY_ROOT" -name '*.xml' | sort | while read -r file; do
          relative="${file#"$POLICY_ROOT"/}"
          case "$relative" in
            policy.xml) publish "$file" "$service_id" ;;
            apis/*/policy.xml) api="${relative#apis/}"; publish "$file" "$service_id/apis/${api%/policy.xml}" ;;
            *) echo "##vso[task.logissue type=warning]Skipped $relative: not policy.xml or apis/<api>/policy.xml" ;;
          esac
        done

        """

    /// Fails unless every server of every listed pool reports Healthy; retries while probes
    /// settle (env: RESOURCE_GROUP, GATEWAY_NAME, BACKEND_POOLS separated by spaces).
    static let backendHealth = """
        set -euo pipefail
        query='backendAddressPools[].[backendAddressPool.id, join(`","`, backendHttpSettingsCollection[].servers[].health || `[]`)]'
        for attempt in 1 2 3 4 5 6 7 8 9 10; do
          report="$(az network application-gateway show-backend-health --resource-group "$RESOURCE_GROUP" --name "$GATEWAY_NAME" --query "$query" --output tsv)"
          failing=""
          for pool in $BACKEND_POOLS; do
            health="$(printf '%s\\n' "$report" | awk -F '\\t' -v pool="$pool" '{ n = split($1, part, "/"); if (part[n] == pool) print $2 }')"
            if [ -z "$health" ] || printf '%s\\n' "$health" | tr ',' '\\n' | grep -qvx 'Healthy'; then
              failing="$failing $pool(${health:-no servers})"
            fi
          done
          if [ -z "$failing" ]; then
            echo "Every backend pool is Healthy:"
            printf '%s\\n' "$report"
            exit 0
          fi
          echo "Attempt $attempt of 10, not Healthy:$failing"
          sleep 30
        done
        echo "##vso[task.logissue type=error]Backend pools not Healthy after 10 attempts:$failing"
        exit 1

        """
}
