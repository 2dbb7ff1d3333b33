target_sources(lieuui PRIVATE)
