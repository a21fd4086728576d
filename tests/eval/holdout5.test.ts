// The fifth held-out set stays held out and its annotation is sound: the checks every held-out set
// makes (tests/helpers/heldOutSet.ts).
import { HOLDOUT5_SET } from "../../eval/sets.ts";
import { describeHeldOutSet } from "../helpers/heldOutSet.ts";

describeHeldOutSet({ title: "fifth held-out set", set: HOLDOUT5_SET, least: { articles: 14, questions: 40, claims: 20 } });
