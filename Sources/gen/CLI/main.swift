import GenDriver
