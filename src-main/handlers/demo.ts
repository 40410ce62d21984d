import type { demoChannels } from '../../src-shared/contract/demo'
import { generateDemo } from '../demo/generate-demo'
import { writeDemo } from '../data/write-demo'
import type { HandlersOf } from './handler'
import { mutation } from './mutation'

export const demoHandlers = {
  'demo.create': mutation((ctx) => writeDemo(ctx.dossier, generateDemo(ctx.today()), ctx.now())),
} satisfies HandlersOf<typeof demoChannels>
