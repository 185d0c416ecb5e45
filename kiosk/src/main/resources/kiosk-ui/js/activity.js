/* The resident is still there: every tap restarts the kiosk's idle countdown (polling does not). */
import { ui } from "./state.js";
import { api } from "./api.js";

export async function touch() {
  try { ui.state = await api("POST", "activity"); } catch (e) { /* the poll will tell */ }
}
