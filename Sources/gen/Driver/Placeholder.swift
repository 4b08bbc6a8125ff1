import DSL
