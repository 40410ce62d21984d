// The house rules of DESIGN.md that no built-in rule states: each its own rule, so that
// each can apply to its own files without overriding the others.

/** Relative import paths that go through a `cli` folder. */
const CLI_PATH = /(^|\/)cli(\/|$)/

function importSources(context, check) {
  const visit = (node) => {
    if (node.source && typeof node.source.value === 'string') check(node, node.source.value)
  }
  return {
    ImportDeclaration: visit,
    ExportNamedDeclaration: visit,
    ExportAllDeclaration: visit,
    ImportExpression: visit,
  }
}

const noCliImport = {
  meta: {
    type: 'problem',
    docs: { description: 'Only the CLI imports src-main/cli/: what others need from it belongs elsewhere.' },
    schema: [],
  },
  create: (context) =>
    importSources(context, (node, source) => {
      if (source.startsWith('.') && CLI_PATH.test(source)) {
        context.report({
          node,
          message:
            'Seule la CLI importe src-main/cli/ : ce que le cœur ou l’hôte partage avec elle va là où il appartient (src-main/, src-shared/).',
        })
      }
    }),
}

const SQL_MESSAGE = 'Le SQL vit sous src-main/data/ : appelez une requête nommée de src-main/data/queries/.'

const sqlInData = {
  meta: {
    type: 'problem',
    docs: { description: 'SQL text and the raw SQLite connection only under src-main/data/.' },
    schema: [],
  },
  create: (context) => ({
    ...importSources(context, (node, source) => {
      if (source === 'better-sqlite3') context.report({ node, message: SQL_MESSAGE })
      if (source.startsWith('drizzle-orm') && node.type === 'ImportDeclaration') {
        for (const specifier of node.specifiers) {
          if (specifier.type === 'ImportSpecifier' && specifier.imported.name === 'sql') {
            context.report({ node: specifier, message: SQL_MESSAGE })
          }
        }
      }
    }),
    // `dossier.sqlite` is better-sqlite3's connection: prepared statements and pragmas.
    'MemberExpression[computed=false][property.name="sqlite"]': (node) => context.report({ node, message: SQL_MESSAGE }),
  }),
}

const CLOCK_MESSAGE = 'Pas d’horloge globale ici : la date et l’instant viennent de ctx (ctx.today(), ctx.now()).'

const clockFromCtx = {
  meta: {
    type: 'problem',
    docs: { description: 'No global clock in handlers, engines and data code: time comes from ctx.' },
    schema: [],
  },
  create: (context) => ({
    'NewExpression[callee.name="Date"][arguments.length=0]': (node) => context.report({ node, message: CLOCK_MESSAGE }),
    'CallExpression[callee.name="Date"]': (node) => context.report({ node, message: CLOCK_MESSAGE }),
    'CallExpression[callee.object.name="Date"][callee.property.name="now"]': (node) =>
      context.report({ node, message: CLOCK_MESSAGE }),
  }),
}

/** The renderer's bridge module (src-renderer/api.ts), reached by a relative path. */
const API_MODULE = /^\.{1,2}\/(\.\.\/)*api$/

const channelThroughHooks = {
  meta: {
    type: 'problem',
    docs: { description: 'Components call channels through useQuery and useMutation, not through invoke.' },
    schema: [],
  },
  create: (context) =>
    importSources(context, (node, source) => {
      if (!API_MODULE.test(source)) return
      const specifiers = node.specifiers ?? []
      const named = (specifier) => (specifier.imported ?? specifier.local)?.name === 'invoke'
      if (node.type === 'ImportExpression' || specifiers.some((specifier) => specifier.type === 'ImportNamespaceSpecifier' || named(specifier))) {
        context.report({
          node,
          message:
            'Le rendu appelle un canal par useQuery (lecture) ou useMutation (écriture ou fichier à la demande) de use-channel.ts ; invoke reste dans use-channel.ts et les stores.',
        })
      }
    }),
}

export const houseRules = {
  rules: {
    'no-cli-import': noCliImport,
    'sql-in-data': sqlInData,
    'clock-from-ctx': clockFromCtx,
    'channel-through-hooks': channelThroughHooks,
  },
}
