// The twelfth held-out set stays held out and its annotation is sound: the checks every held-out set
// makes (tests/helpers/heldOutSet.ts).
import { HOLDOUT12_SET } from "../../eval/sets.ts";
import { describeHeldOutSet } from "../helpers/heldOutSet.ts";

describeHeldOutSet({ title: "twelfth held-out set", set: HOLDOUT12_SET, least: { articles: 12, questions: 40, claims: 20 } });
