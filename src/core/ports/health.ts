/** Is the store there? For /healthz. */
export interface StoreHealth {
  ping(): Promise<void>;
}
