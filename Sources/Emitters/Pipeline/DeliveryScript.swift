/// The scripts delivery steps run. Each is constant text per platform: every value from the
/// manifest reaches a script through the step's environment variables, never by splicing it
/// into the script, so no name or secret can change what a script does. Only the platform's
/// logging commands differ between platforms.
enum DeliveryScript: Hashable, Sendable, CaseIterable {
    /// Installs the Swift toolchain SWIFT_VERSION from swift.org into SWIFT_HOME unless it is
    /// there (restored from the cache), and puts it on the PATH (env: SWIFT_VERSION, SWIFT_HOME).
    case installSwift
    /// Builds the `gen` product of the package at GEN_PACKAGE_PATH: gen's own package, or one
    /// that depends on gen (env: GEN_PACKAGE_PATH).
    case buildGen
    /// Fails when the committed folder differs from what the manifest renders
    /// (env: GEN_FORMAT, GEN_PACKAGE_PATH, MANIFEST_PATH, OUTPUT_ROOT).
    case genCheck
    /// Offline Terraform checks, run in the Terraform folder.
    case terraformStaticChecks
    /// Stops early, naming every input the environment must supply but does not (env: one
    /// REQUIRED_<name> per input; undefined, an Azure DevOps macro stays `$(name)` and a GitHub
    /// secret is empty).
    case requireInputs
    /// Compiles the Bicep template (env: TEMPLATE_FILE). The parameters file is compiled by
    /// what-if in Plan: it reads secrets from the environment, which Validate does not have.
    case bicepBuild
    /// Parses the ARM template and its parameters file (env: TEMPLATE_FILE, PARAMETERS_FILE).
    case armSyntax
    /// `validate` and `what-if` (STEP=what-if, output to WHAT_IF_FILE) or `create` (STEP=create)
    /// of a resource-group deployment (env: RESOURCE_GROUP, LOCATION, DEPLOYMENT_NAME,
    /// TEMPLATE_FILE, PARAMETERS_ARGUMENT, and one CLI_PARAM_<name> per command-line parameter).
    /// BASE64_OF_<variable> and TEXT_OF_<variable> name a file whose content (base64, or as is)
    /// becomes <variable> first: certificates and API definitions come from files, not settings.
    /// With HOSTNAMES_PARAMETER, `create` of a service APIM_NAME that does not exist runs a first
    /// pass with that parameter false.
    case templateDeployment
    /// Syntax check of the PowerShell deployment script (env: DEPLOY_SCRIPT).
    case powershellParse
    /// Runs deploy.ps1, with `-WhatIf` and a transcript in WHAT_IF_FILE when that is set
    /// (env: DEPLOY_SCRIPT, one SECURE_PARAM_<name> per secure parameter, one PATH_PARAM_<name>
    /// per file the job downloaded, such as a PFX; DEPLOY_ENVIRONMENT, when set, is -Environment).
    case powershellDeployment
    /// Publishes APIM policy XML in the APIOps layout (`policy.xml` for the service,
    /// `apis/<api>/policy.xml` per API); does nothing when there is none
    /// (env: POLICY_ROOT, RESOURCE_GROUP, APIM_NAME).
    case publishPolicies
    /// Fails unless every server of every listed pool reports Healthy; retries while probes
    /// settle (env: RESOURCE_GROUP, GATEWAY_NAME, BACKEND_POOLS separated by spaces).
    case backendHealth
    /// Copies FOLDERS (separated by spaces) of the output root to the same place under
    /// STAGING_DIRECTORY, removes EXCLUDED from the copy, and copies FILES (relative to the
    /// checkout) to the same paths (env: FOLDERS, EXCLUDED, FILES, CHECKOUT_DIRECTORY,
    /// OUTPUT_ROOT, STAGING_DIRECTORY).
    case stageFiles
    /// `terraform init` against the azurerm backend with Entra ID auth (env: STATE_RESOURCE_GROUP,
    /// STATE_STORAGE_ACCOUNT, STATE_CONTAINER, STATE_KEY; credentials from ARM_* variables).
    case terraformInit
    /// `terraform plan` to PLAN_FILE, shown in the job summary under PLAN_NAME.
    case terraformPlan
    /// Applies PLAN_FILE unchanged.
    case terraformApply
    /// Sets the step output `present` to `true` when PLAN_FILE changes a resource or an
    /// output, `false` otherwise (env: PLAN_FILE).
    case terraformPlanChanges
    /// Writes what PLAN_FILE changes (addresses and actions, no values) to SUMMARY_FILE and
    /// deletes PLAN_FILE, which holds the secret inputs in clear text (env: PLAN_FILE, SUMMARY_FILE).
    case terraformPlanSummary
    /// Fails unless PLAN_FILE changes exactly what the reviewed SUMMARY_FILE lists
    /// (env: PLAN_FILE, SUMMARY_FILE).
    case terraformVerifyPlan
    /// Writes the base64 FILE_CONTENT (a GitHub secret) to FILE_PATH, readable by the job only
    /// (env: FILE_CONTENT, FILE_PATH).
    case writeSecureFile

    /// The shell that runs the script.
    enum Shell: Hashable, Sendable { case bash, pwsh }

    var shell: Shell {
        switch self {
        case .powershellParse, .powershellDeployment: .pwsh
        default: .bash
        }
    }

    /// The script as `platform` runs it.
    func text(on platform: DeliveryPlatform) -> String {
        let error = platform.errorPrefix
        let warning = platform.warningPrefix
        switch self {
        case .installSwift:
            return """
            set -euo pipefail
            if [ ! -x "$SWIFT_HOME/usr/bin/swift" ]; then
              . /etc/os-release
              platform="ubuntu${VERSION_ID//./}"
              archive="swift-$SWIFT_VERSION-RELEASE-ubuntu$VERSION_ID.tar.gz"
              download="$(mktemp)"
              curl --fail --silent --show-error --location --retry 3 --output "$download" \\
                "https://download.swift.org/swift-$SWIFT_VERSION-release/$platform/swift-$SWIFT_VERSION-RELEASE/$archive"
              mkdir -p "$SWIFT_HOME"
              tar --extract --gzip --file "$download" --directory "$SWIFT_HOME" --strip-components 1
              rm -f "$download"
            fi
            directory="$SWIFT_HOME/usr/bin"
            \(platform.prependPath)
            "$directory/swift" --version

            """
        case .buildGen:
            return """
            set -euo pipefail
            swift build --package-path "$GEN_PACKAGE_PATH" --configuration release --product gen

            """
        case .genCheck:
            return """
            set -euo pipefail
            gen="$(swift build --package-path "$GEN_PACKAGE_PATH" --configuration release --product gen --show-bin-path)/gen"
            "$gen" "$GEN_FORMAT" --manifest "$MANIFEST_PATH" --output "$OUTPUT_ROOT" --check

            """
        case .terraformStaticChecks:
            return """
            set -euo pipefail
            terraform init -backend=false -input=false
            terraform validate
            terraform fmt -check -recursive -diff

            """
        case .requireInputs:
            return """
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
              echo "\(error)Define in the \(platform.inputStore):$missing"
              exit 1
            fi

            """
        case .bicepBuild:
            return """
            set -euo pipefail
            az bicep build --file "$TEMPLATE_FILE" --stdout > /dev/null

            """
        case .armSyntax:
            return """
            set -euo pipefail
            for file in "$TEMPLATE_FILE" "$PARAMETERS_FILE"; do
              python3 -m json.tool "$file" > /dev/null
            done

            """
        case .templateDeployment:
            return """
            set -euo pipefail
            for variable in $(compgen -e); do
              case "$variable" in
                BASE64_OF_*) export "${variable#BASE64_OF_}=$(base64 -w0 "${!variable}")" ;;
                TEXT_OF_*) export "${variable#TEXT_OF_}=$(cat "${!variable}")" ;;
              esac
            done
            arguments=(--resource-group "$RESOURCE_GROUP"
              --template-file "$TEMPLATE_FILE" --parameters "$PARAMETERS_ARGUMENT")
            for variable in $(compgen -e); do
              case "$variable" in
                CLI_PARAM_*) arguments+=(--parameters "${variable#CLI_PARAM_}=${!variable}") ;;
              esac
            done
            if [ "$(az group exists --name "$RESOURCE_GROUP")" != true ]; then
              if [ "$STEP" = what-if ]; then
                echo "\(warning)Resource group $RESOURCE_GROUP does not exist yet: Apply creates it and every resource in the template."
                echo "Resource group $RESOURCE_GROUP does not exist yet: every resource in the template is new." > "$WHAT_IF_FILE"
                exit 0
              fi
              az group create --name "$RESOURCE_GROUP" --location "$LOCATION" --output none
            fi
            if [ "$STEP" = what-if ]; then
              az deployment group validate --name "$DEPLOYMENT_NAME" "${arguments[@]}" --output none
              az deployment group what-if --name "$DEPLOYMENT_NAME" "${arguments[@]}" | tee "$WHAT_IF_FILE"
            else
              if [ -n "${HOSTNAMES_PARAMETER:-}" ] && ! az apim show --resource-group "$RESOURCE_GROUP" --name "$APIM_NAME" --output none 2>/dev/null; then
                echo "API Management $APIM_NAME is new: a first pass creates it and its identity's Key Vault role, without its custom host names."
                az deployment group create --name "$DEPLOYMENT_NAME-first" "${arguments[@]}" --parameters "$HOSTNAMES_PARAMETER=false" --output none
              fi
              az deployment group create --name "$DEPLOYMENT_NAME" "${arguments[@]}" --output none
            fi

            """
        case .powershellParse:
            return """
            $errors = $null
            $null = [System.Management.Automation.Language.Parser]::ParseFile($env:DEPLOY_SCRIPT, [ref]$null, [ref]$errors)
            if ($errors) {
                foreach ($parseError in $errors) {
                    Write-Host "\(error)$($parseError.Extent.StartLineNumber): $($parseError.Message)"
                }
                exit 1
            }

            """
        case .powershellDeployment:
            return """
            $ErrorActionPreference = 'Stop'
            $parameters = @{}
            foreach ($variable in Get-ChildItem -Path 'env:' | Where-Object { $_.Name.StartsWith('SECURE_PARAM_') }) {
                $name = $variable.Name.Substring('SECURE_PARAM_'.Length)
                $parameters[$name] = ConvertTo-SecureString -String $variable.Value -AsPlainText -Force
            }
            foreach ($variable in Get-ChildItem -Path 'env:' | Where-Object { $_.Name.StartsWith('PATH_PARAM_') }) {
                $parameters[$variable.Name.Substring('PATH_PARAM_'.Length)] = $variable.Value
            }
            if ($env:DEPLOY_ENVIRONMENT) {
                $parameters['Environment'] = $env:DEPLOY_ENVIRONMENT
            }
            if ($env:WHAT_IF_FILE) {
                & $env:DEPLOY_SCRIPT @parameters -WhatIf *>&1 | Tee-Object -FilePath $env:WHAT_IF_FILE
            } else {
                & $env:DEPLOY_SCRIPT @parameters
            }

            """
        case .publishPolicies:
            return """
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
                *) echo "\(warning)Skipped $relative: not policy.xml or apis/<api>/policy.xml" ;;
              esac
            done

            """
        case .backendHealth:
            return """
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
            echo "\(error)Backend pools not Healthy after 10 attempts:$failing"
            exit 1

            """
        case .stageFiles:
            return """
                set -euo pipefail
                rm -rf "$STAGING_DIRECTORY"
                mkdir -p "$STAGING_DIRECTORY/$OUTPUT_ROOT"
                cd "$CHECKOUT_DIRECTORY"
                for folder in $FOLDERS; do
                  if [ -d "$OUTPUT_ROOT/$folder" ]; then
                    cp -R "$OUTPUT_ROOT/$folder" "$STAGING_DIRECTORY/$OUTPUT_ROOT/$folder"
                  fi
                done
                for excluded in $EXCLUDED; do
                  rm -rf "${STAGING_DIRECTORY:?}/$OUTPUT_ROOT/$excluded"
                done
                for file in $FILES; do
                  mkdir -p "$STAGING_DIRECTORY/$(dirname "$file")"
                  cp "$file" "$STAGING_DIRECTORY/$file"
                done

                """
        case .terraformInit:
            return """
                set -euo pipefail
                terraform init -input=false \\
                  -backend-config="resource_group_name=$STATE_RESOURCE_GROUP" \\
                  -backend-config="storage_account_name=$STATE_STORAGE_ACCOUNT" \\
                  -backend-config="container_name=$STATE_CONTAINER" \\
                  -backend-config="key=$STATE_KEY" \\
                  -backend-config=use_azuread_auth=true

                """
        case .terraformPlan:
            return """
                set -euo pipefail
                variables=()
                for variable in $(compgen -e); do
                  case "$variable" in
                    PLAN_VAR_*) variables+=(-var "${variable#PLAN_VAR_}=${!variable}") ;;
                  esac
                done
                terraform plan -input=false ${VAR_FILE:+-var-file="$VAR_FILE"} "${variables[@]}" -out="$PLAN_FILE"
                {
                  echo "### Terraform plan: $PLAN_NAME"
                  echo '```'
                  terraform show -no-color "$PLAN_FILE"
                  echo '```'
                } >> "$GITHUB_STEP_SUMMARY"

                """
        case .terraformApply:
            return """
                set -euo pipefail
                terraform apply -input=false "$PLAN_FILE"

                """
        case .terraformPlanChanges:
            return """
                set -euo pipefail
                plan="$(terraform show -json "$PLAN_FILE")"
                resources="$(printf '%s' "$plan" | jq '[.resource_changes[]? | select(.change.actions != ["no-op"] and .change.actions != ["read"])] | length')"
                outputs="$(printf '%s' "$plan" | jq '[(.output_changes // {})[] | select(.actions != ["no-op"])] | length')"
                if [ "$resources" -gt 0 ] || [ "$outputs" -gt 0 ]; then value=true; else value=false; fi
                echo "The plan changes $resources resources and $outputs outputs: apply $([ "$value" = true ] && echo runs || echo is skipped)."
                \(platform.setOutput("present"))

                """
        case .terraformPlanSummary:
            return """
                set -euo pipefail
                terraform show -json "$PLAN_FILE" \\
                  | jq -S '\(Self.planSummaryFilter)' > "$SUMMARY_FILE"
                rm -f "$PLAN_FILE"
                echo "The plan file holds secret inputs in clear text: only its summary, $SUMMARY_FILE, is published."

                """
        case .terraformVerifyPlan:
            return """
                set -euo pipefail
                fresh="$(mktemp)"
                terraform show -json "$PLAN_FILE" \\
                  | jq -S '\(Self.planSummaryFilter)' > "$fresh"
                if ! diff -u "$SUMMARY_FILE" "$fresh"; then
                  echo "\(error)The plan differs from the reviewed one (above); run the pipeline again to review the new plan."
                  exit 1
                fi
                echo "The plan changes what was reviewed."

                """
        case .writeSecureFile:
            return """
                set -euo pipefail
                umask 077
                if [ -z "$FILE_CONTENT" ]; then
                  echo "\(error)The secret that holds $(basename "$FILE_PATH") as base64 is empty."
                  exit 1
                fi
                printf '%s' "$FILE_CONTENT" | base64 --decode > "$FILE_PATH"

                """
        }
    }

    /// What a plan changes, without a value: each changed resource's address and actions.
    static let planSummaryFilter = #"[.resource_changes[]? | select(.change.actions != ["no-op"] and .change.actions != ["read"]) | {address, actions: .change.actions}]"#

    /// Environment variables with this prefix become `--parameters <name>=<value>` in
    /// `templateDeployment`.
    static let commandLineParameterPrefix = "CLI_PARAM_"
}
