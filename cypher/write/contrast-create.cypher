CREATE (c:Contrast) SET c = $props
