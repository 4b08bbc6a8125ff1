resource "azurerm_web_application_firewall_policy" "gateway" {
  name                = "waf-apim-app-gw"
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location

  policy_settings {
    enabled                     = true
    mode                        = "Prevention"
    request_body_check          = true
    max_request_body_size_in_kb = 128
    file_upload_limit_in_mb     = 100
  }

  managed_rules {
    managed_rule_set {
      type    = "OWASP"
      version = "3.2"
    }
  }
}

resource "azurerm_web_application_firewall_policy" "apim_app_gw_portal" {
  name                = "waf-apim-app-gw-portal"
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location

  policy_settings {
    enabled                     = true
    mode                        = "Prevention"
    request_body_check          = true
    max_request_body_size_in_kb = 128
    file_upload_limit_in_mb     = 100
  }

  managed_rules {
    managed_rule_set {
      type    = "OWASP"
      version = "3.2"

      # Disabled: the published developer portal breaks on these rules (Learn: APIM behind Application Gateway).
      rule_group_override {
        rule_group_name = "REQUEST-942-APPLICATION-ATTACK-SQLI"
        rule {
          id      = "942200"
          enabled = false
        }
        rule {
          id      = "942260"
          enabled = false
        }
        rule {
          id      = "942370"
          enabled = false
        }
        rule {
          id      = "942430"
          enabled = false
        }
        rule {
          id      = "942440"
          enabled = false
        }
      }
    }
  }
}
