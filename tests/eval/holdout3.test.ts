// The third held-out set stays held out and its annotation is sound: the checks every held-out set
// makes (tests/helpers/heldOutSet.ts).
import { HOLDOUT3_SET } from "../../eval/sets.ts";
import { describeHeldOutSet } from "../helpers/heldOutSet.ts";

describeHeldOutSet({ title: "third held-out set", set: HOLDOUT3_SET, least: { articles: 12, questions: 30, claims: 20 } });
