-- wrk script: rechercherFactureParFournisseur, a page of 10 of the supplier's invoices, newest first, one of six
-- queries in turn (no filter, by status, by amount range, by invoice dates, page 5, by invoice number). Over the
-- invoices bench/api-soumettre.lua left, the amount range keeps about 2 % of them and June about 10 %.
-- Environment: BENCH_TOKEN (bearer token), BENCH_ACCOUNT (cpro-account header).
local headers = {
	["Content-Type"] = "application/json;charset=utf-8",
	["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN"),
	["cpro-account"] = os.getenv("BENCH_ACCOUNT"),
}

local bodies = {
	[[{}]],
	[[{"statutCourant":["MISE_A_DISPOSITION"]}]],
	[[{"montantTTCMin":50,"montantTTCMax":60}]],
	[[{"periodeDateFactureDu":"2026-06-01","periodeDateFactureAu":"2026-06-30"}]],
	[[{"rechercheFactureParFournisseur":{"pageResultatDemandee":5,"nbResultatsParPage":10}}]],
	[[{"numeroFacture":"INCONNU-42"}]],
}
local counter = 0

request = function()
	counter = counter + 1
	return wrk.format("POST", "/cpro/factures/v1/rechercher/fournisseur", headers, bodies[(counter % #bodies) + 1])
end
