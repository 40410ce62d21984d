import { defineConfig } from 'drizzle-kit'

export default defineConfig({ dialect: 'sqlite', schema: './src-main/data/schema/index.ts', out: './migrations' })
