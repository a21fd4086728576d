// A failing handler must cost the user one short apology and the admin one findable log line — never
// the process, and never a log line that carries a token or a request body.

import type { Logger } from "pino";
import { newReference, summariseError } from "../shared/errors.ts";
import { apologyMessage, type SlackMessage } from "./render.ts";

/** Runs `work`; on failure logs with a reference id and sends the apology through `apologise`. Never throws. */
export async function runSafely(logger: Logger, handler: string, work: () => Promise<void>, apologise: (message: SlackMessage) => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const reference = newReference();
    logger.error({ handler, reference, err: summariseError(error) }, "slack handler failed");
    try {
      await apologise(apologyMessage(reference));
    } catch (again) {
      logger.error({ handler, reference, err: summariseError(again) }, "slack apology could not be delivered");
    }
  }
}
