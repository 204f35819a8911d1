import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "src/generated/", "data/", "bench/results/", "coverage/", ".scratch/"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-imports": "off",
    },
  },
  {
    files: ["src/domain/**/*.ts", "src/conversation/**/*.ts", "src/forms/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["grammy", "grammy/*", "@grammyjs/*", "@slack/*"] }],
    },
  },
);
