// The second held-out set stays held out and its annotation is sound: the checks every held-out set
// makes (tests/helpers/heldOutSet.ts).
import { HOLDOUT2_SET } from "../../eval/sets.ts";
import { describeHeldOutSet } from "../helpers/heldOutSet.ts";

describeHeldOutSet({ title: "second held-out set", set: HOLDOUT2_SET, least: { articles: 16, questions: 35, claims: 35 } });
