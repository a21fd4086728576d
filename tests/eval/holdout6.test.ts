// The sixth held-out set stays held out and its annotation is sound: the checks every held-out set
// makes (tests/helpers/heldOutSet.ts).
import { HOLDOUT6_SET } from "../../eval/sets.ts";
import { describeHeldOutSet } from "../helpers/heldOutSet.ts";

describeHeldOutSet({ title: "sixth held-out set", set: HOLDOUT6_SET, least: { articles: 14, questions: 50, claims: 25 } });
